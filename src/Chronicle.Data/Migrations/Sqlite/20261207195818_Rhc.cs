using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chronicle.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Rhc : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RevenueCode",
                table: "Payers",
                type: "TEXT",
                maxLength: 4,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Plain columns without index or key: SQLite drops them in place (EF's table rebuild cannot run when migrating down past later migrations' columns).
            migrationBuilder.Sql("ALTER TABLE \"Payers\" DROP COLUMN \"RevenueCode\";");
        }
    }
}
