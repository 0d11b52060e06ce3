using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kenes.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    NameKk = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NameRu = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Basis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Verified = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
