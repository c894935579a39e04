using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chronicle.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FhirFidelity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EndedAt",
                table: "Visits",
                type: "character varying(35)",
                maxLength: 35,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Identifiers",
                table: "Visits",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Participants",
                table: "Visits",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "StartedAt",
                table: "Visits",
                type: "character varying(35)",
                maxLength: 35,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TypeCodings",
                table: "Visits",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Demographics_BirthSex",
                table: "Patients",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Demographics_EthnicityCodes",
                table: "Patients",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Demographics_EthnicityText",
                table: "Patients",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Demographics_MaritalStatus",
                table: "Patients",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Demographics_NamePrefix",
                table: "Patients",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Demographics_NameSuffix",
                table: "Patients",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Demographics_RaceCodes",
                table: "Patients",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Demographics_RaceText",
                table: "Patients",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PreferredLanguage",
                table: "Patients",
                type: "character varying(35)",
                maxLength: 35,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AbatementAt",
                table: "Conditions",
                type: "character varying(35)",
                maxLength: 35,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Category",
                table: "Conditions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "EncounterKey",
                table: "Conditions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OnsetAt",
                table: "Conditions",
                type: "character varying(35)",
                maxLength: 35,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecordedAt",
                table: "Conditions",
                type: "character varying(35)",
                maxLength: 35,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerificationStatus",
                table: "Conditions",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EndedAt",
                table: "Visits");

            migrationBuilder.DropColumn(
                name: "Identifiers",
                table: "Visits");

            migrationBuilder.DropColumn(
                name: "Participants",
                table: "Visits");

            migrationBuilder.DropColumn(
                name: "StartedAt",
                table: "Visits");

            migrationBuilder.DropColumn(
                name: "TypeCodings",
                table: "Visits");

            migrationBuilder.DropColumn(
                name: "Demographics_BirthSex",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "Demographics_EthnicityCodes",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "Demographics_EthnicityText",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "Demographics_MaritalStatus",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "Demographics_NamePrefix",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "Demographics_NameSuffix",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "Demographics_RaceCodes",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "Demographics_RaceText",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "PreferredLanguage",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "AbatementAt",
                table: "Conditions");

            migrationBuilder.DropColumn(
                name: "Category",
                table: "Conditions");

            migrationBuilder.DropColumn(
                name: "EncounterKey",
                table: "Conditions");

            migrationBuilder.DropColumn(
                name: "OnsetAt",
                table: "Conditions");

            migrationBuilder.DropColumn(
                name: "RecordedAt",
                table: "Conditions");

            migrationBuilder.DropColumn(
                name: "VerificationStatus",
                table: "Conditions");
        }
    }
}
