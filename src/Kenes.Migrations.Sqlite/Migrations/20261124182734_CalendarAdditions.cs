using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kenes.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CalendarAdditions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CalendarAdditions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    NameKk = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NameRu = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Verified = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarAdditions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarAdditions_Date_Kind",
                table: "CalendarAdditions",
                columns: new[] { "Date", "Kind" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalendarAdditions");
        }
    }
}
