using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chronicle.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Submit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PaidCents",
                table: "BillingClaims",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PatientResponsibilityCents",
                table: "BillingClaims",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerClaimNumber",
                table: "BillingClaims",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ControlNumber",
                table: "BillingClaimLine",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "");

            // Lines written before line control numbers existed get theirs: claim number, hyphen, line number (ADR 0225).
            migrationBuilder.Sql("UPDATE \"BillingClaimLine\" SET \"ControlNumber\" = (SELECT c.\"ClaimNumber\" FROM \"BillingClaims\" c WHERE c.\"Id\" = \"BillingClaimLine\".\"ClaimId\") || '-' || CAST(\"Number\" AS TEXT);");

            migrationBuilder.AddColumn<long>(
                name: "PaidCents",
                table: "BillingClaimLine",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ClaimSubmissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    MonthKey = table.Column<int>(type: "integer", nullable: false),
                    ControlNumber = table.Column<long>(type: "bigint", nullable: true),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Transport = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ClaimCount = table.Column<int>(type: "integer", nullable: false),
                    Bytes = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AttemptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AttemptedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimSubmissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClaimSubmissions_ClaimFiles_ControlNumber",
                        column: x => x.ControlNumber,
                        principalTable: "ClaimFiles",
                        principalColumn: "ControlNumber",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ClaimSubmissions_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ResponseFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PracticeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Origin = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Content = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Applied = table.Column<bool>(type: "boolean", nullable: false),
                    Outcome = table.Column<string>(type: "text", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResponseFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResponseFiles_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PostedAdjustments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResponseFileId = table.Column<Guid>(type: "uuid", nullable: false),
                    LineNumber = table.Column<int>(type: "integer", nullable: true),
                    Group = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Reason = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    AmountCents = table.Column<long>(type: "bigint", nullable: false),
                    Remarks = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostedAdjustments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PostedAdjustments_BillingClaims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "BillingClaims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PostedAdjustments_ResponseFiles_ResponseFileId",
                        column: x => x.ResponseFileId,
                        principalTable: "ResponseFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClaimSubmissions_ControlNumber",
                table: "ClaimSubmissions",
                column: "ControlNumber");

            migrationBuilder.CreateIndex(
                name: "IX_ClaimSubmissions_PracticeId_MonthKey",
                table: "ClaimSubmissions",
                columns: new[] { "PracticeId", "MonthKey" });

            migrationBuilder.CreateIndex(
                name: "IX_PostedAdjustments_ClaimId",
                table: "PostedAdjustments",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_PostedAdjustments_ResponseFileId",
                table: "PostedAdjustments",
                column: "ResponseFileId");

            migrationBuilder.CreateIndex(
                name: "IX_ResponseFiles_PracticeId_Sha256",
                table: "ResponseFiles",
                columns: new[] { "PracticeId", "Sha256" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClaimSubmissions");

            migrationBuilder.DropTable(
                name: "PostedAdjustments");

            migrationBuilder.DropTable(
                name: "ResponseFiles");

            migrationBuilder.DropColumn(
                name: "PaidCents",
                table: "BillingClaims");

            migrationBuilder.DropColumn(
                name: "PatientResponsibilityCents",
                table: "BillingClaims");

            migrationBuilder.DropColumn(
                name: "PayerClaimNumber",
                table: "BillingClaims");

            migrationBuilder.DropColumn(
                name: "ControlNumber",
                table: "BillingClaimLine");

            migrationBuilder.DropColumn(
                name: "PaidCents",
                table: "BillingClaimLine");
        }
    }
}
