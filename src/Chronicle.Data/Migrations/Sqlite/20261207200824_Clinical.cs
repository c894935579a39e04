using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chronicle.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Clinical : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Category",
                table: "ClinicalRecords",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeviceReference",
                table: "ClinicalRecords",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FactsJson",
                table: "ClinicalRecords",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Intent",
                table: "ClinicalRecords",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ManuallyEntered",
                table: "ClinicalRecords",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "OccurredAt",
                table: "ClinicalRecords",
                type: "TEXT",
                maxLength: 35,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Unit",
                table: "ClinicalRecords",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "Value",
                table: "ClinicalRecords",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Category",
                table: "ClinicalRecords");

            migrationBuilder.DropColumn(
                name: "DeviceReference",
                table: "ClinicalRecords");

            migrationBuilder.DropColumn(
                name: "FactsJson",
                table: "ClinicalRecords");

            migrationBuilder.DropColumn(
                name: "Intent",
                table: "ClinicalRecords");

            migrationBuilder.DropColumn(
                name: "ManuallyEntered",
                table: "ClinicalRecords");

            migrationBuilder.DropColumn(
                name: "OccurredAt",
                table: "ClinicalRecords");

            migrationBuilder.DropColumn(
                name: "Unit",
                table: "ClinicalRecords");

            migrationBuilder.DropColumn(
                name: "Value",
                table: "ClinicalRecords");
        }
    }
}
