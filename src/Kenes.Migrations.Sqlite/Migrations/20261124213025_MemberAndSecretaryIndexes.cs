using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kenes.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MemberAndSecretaryIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Councils_SecretaryUserId",
                table: "Councils",
                column: "SecretaryUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CompositionMembers_UserId",
                table: "CompositionMembers",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Councils_SecretaryUserId",
                table: "Councils");

            migrationBuilder.DropIndex(
                name: "IX_CompositionMembers_UserId",
                table: "CompositionMembers");
        }
    }
}
