using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chronicle.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Locks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClaimNumber",
                table: "MonthLocks",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ClosedMonths",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    MonthKey = table.Column<int>(type: "integer", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClosedMonths", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClosedMonths_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            // ADR 0166: racing closes of an earlier version could leave two open claims (ready,
            // needs-review, blocked, on hold) for one decision. Before the schema refuses that, the
            // extras are set aside as superseded claims no correction points at, keeping an
            // approved or exported claim, else the first; the month's next close removes them
            // and reports it. Nothing was sent on an open claim.
            migrationBuilder.Sql("""
                UPDATE "BillingClaims" SET "Status" = 7
                WHERE "Status" IN (1, 2, 3, 5) AND EXISTS (
                    SELECT 1 FROM "BillingClaims" AS other
                    WHERE other."DecisionId" = "BillingClaims"."DecisionId" AND other."Id" <> "BillingClaims"."Id" AND other."Status" <> 7
                      AND (other."Status" NOT IN (1, 2, 3, 5) OR other."Id" < "BillingClaims"."Id"))
                """);

            migrationBuilder.CreateIndex(
                name: "IX_BillingClaims_DecisionId_InForce",
                table: "BillingClaims",
                column: "DecisionId",
                unique: true,
                filter: "\"Status\" <> 7");

            migrationBuilder.CreateIndex(
                name: "IX_ClosedMonths_PracticeId_MonthKey",
                table: "ClosedMonths",
                columns: new[] { "PracticeId", "MonthKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClosedMonths");

            migrationBuilder.DropIndex(
                name: "IX_BillingClaims_DecisionId_InForce",
                table: "BillingClaims");

            migrationBuilder.DropColumn(
                name: "ClaimNumber",
                table: "MonthLocks");
        }
    }
}
