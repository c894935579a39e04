using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chronicle.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Institutional : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BillingSetting",
                table: "Practices",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "Ccn",
                table: "Practices",
                type: "character varying(6)",
                maxLength: 6,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FacilityNpi",
                table: "Practices",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevenueCode",
                table: "Practices",
                type: "character varying(4)",
                maxLength: 4,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BillingSetting",
                table: "Practices");

            migrationBuilder.DropColumn(
                name: "Ccn",
                table: "Practices");

            migrationBuilder.DropColumn(
                name: "FacilityNpi",
                table: "Practices");

            migrationBuilder.DropColumn(
                name: "RevenueCode",
                table: "Practices");
        }
    }
}
