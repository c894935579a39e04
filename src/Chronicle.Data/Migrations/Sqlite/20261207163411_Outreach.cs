using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chronicle.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Outreach : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OutreachAttempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    CallBackOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedById = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutreachAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutreachAttempts_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OutreachAttempts_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutreachListings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CareManagerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ListedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ListedById = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ListedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutreachListings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutreachListings_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OutreachListings_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OutreachListings_StaffMembers_CareManagerId",
                        column: x => x.CareManagerId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutreachAttempts_PatientId",
                table: "OutreachAttempts",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_OutreachAttempts_PracticeId_PatientId_At",
                table: "OutreachAttempts",
                columns: new[] { "PracticeId", "PatientId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_OutreachListings_CareManagerId",
                table: "OutreachListings",
                column: "CareManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_OutreachListings_PatientId",
                table: "OutreachListings",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_OutreachListings_PracticeId_PatientId_ListedAt",
                table: "OutreachListings",
                columns: new[] { "PracticeId", "PatientId", "ListedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OutreachAttempts");

            migrationBuilder.DropTable(
                name: "OutreachListings");
        }
    }
}
