using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chronicle.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "WithdrawnAt",
                table: "PatientStatements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WithdrawnReason",
                table: "PatientStatements",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RemittanceFileId",
                table: "BillingClaims",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RemittanceTrace",
                table: "BillingClaims",
                type: "TEXT",
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
