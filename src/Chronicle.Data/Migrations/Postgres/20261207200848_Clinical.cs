using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chronicle.Data.Migrations.Postgres
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
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DeviceReference",
                table: "ClinicalRecords",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FactsJson",
                table: "ClinicalRecords",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Intent",
                table: "ClinicalRecords",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ManuallyEntered",
                table: "ClinicalRecords",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "OccurredAt",
                table: "ClinicalRecords",
                type: "character varying(35)",
                maxLength: 35,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Unit",
                table: "ClinicalRecords",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "Value",
                table: "ClinicalRecords",
                type: "numeric",
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
