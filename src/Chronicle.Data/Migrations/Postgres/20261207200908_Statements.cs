using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chronicle.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Statements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ResponseFileId",
                table: "PatientStatements",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "WithdrawnAt",
                table: "PatientStatements",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnReason",
                table: "PatientStatements",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RemittanceFileId",
                table: "BillingClaims",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RemittanceTrace",
                table: "BillingClaims",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ResponseFileId",
                table: "PatientStatements");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "PatientStatements");

            migrationBuilder.DropColumn(
                name: "WithdrawnReason",
                table: "PatientStatements");

            migrationBuilder.DropColumn(
                name: "RemittanceFileId",
                table: "BillingClaims");

            migrationBuilder.DropColumn(
                name: "RemittanceTrace",
                table: "BillingClaims");
        }
    }
}
