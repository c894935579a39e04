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
            // Plain columns without index or key: SQLite drops them in place. EF's generated rebuild of BillingClaims made migrating down to Initial fail (no such column CrossoverPayerCode).
            migrationBuilder.Sql("ALTER TABLE \"PatientStatements\" DROP COLUMN \"ResponseFileId\";");
            migrationBuilder.Sql("ALTER TABLE \"PatientStatements\" DROP COLUMN \"WithdrawnAt\";");
            migrationBuilder.Sql("ALTER TABLE \"PatientStatements\" DROP COLUMN \"WithdrawnReason\";");
            migrationBuilder.Sql("ALTER TABLE \"BillingClaims\" DROP COLUMN \"RemittanceFileId\";");
            migrationBuilder.Sql("ALTER TABLE \"BillingClaims\" DROP COLUMN \"RemittanceTrace\";");
        }
    }
}
