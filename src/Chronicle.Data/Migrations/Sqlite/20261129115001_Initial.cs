using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chronicle.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditChainHeads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainHeads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEvents",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Surface = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    What = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvents", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "ChronicRules",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    System = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IsPrefix = table.Column<bool>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MapsToIcd10 = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChronicRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CodeSetReleases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    SourceFile = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EntryCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodeSetReleases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FeeScheduleAmounts",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    TotalRvuNonFacility = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: false),
                    TotalRvuFacility = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: false),
                    ConversionFactor = table.Column<decimal>(type: "TEXT", precision: 8, scale: 4, nullable: false),
                    NonFacilityCents = table.Column<long>(type: "INTEGER", nullable: false),
                    FacilityCents = table.Column<long>(type: "INTEGER", nullable: false),
                    SourceFile = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeeScheduleAmounts", x => new { x.Year, x.Code });
                });

            migrationBuilder.CreateTable(
                name: "Icd10Codes",
                columns: table => new
                {
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Billable = table.Column<bool>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Icd10Codes", x => new { x.FiscalYear, x.Code });
                });

            migrationBuilder.CreateTable(
                name: "Practices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    GroupNpi = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Tin = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PlaceOfService = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Address_City = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Address_Line = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Address_State = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Address_Zip = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Practices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Roles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ApiTokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SecretHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CanWrite = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastUsedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApiTokens_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClaimFiles",
                columns: table => new
                {
                    ControlNumber = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MonthKey = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ClaimCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ChargeCents = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "text", maxLength: 400, nullable: true),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimFiles", x => x.ControlNumber);
                    table.ForeignKey(
                        name: "FK_ClaimFiles_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Patients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Mrn = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Sex = table.Column<int>(type: "INTEGER", nullable: false),
                    Mbi = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Qmb = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeceasedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Address_City = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Address_Line = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Address_State = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Address_Zip = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Patients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Patients_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticeCharges",
                columns: table => new
                {
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    AmountCents = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeCharges", x => new { x.PracticeId, x.Code });
                    table.ForeignKey(
                        name: "FK_PracticeCharges_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticeTimePolicies",
                columns: table => new
                {
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BackdateDays = table.Column<int>(type: "INTEGER", nullable: false),
                    LongTimerMinutes = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeTimePolicies", x => x.PracticeId);
                    table.ForeignKey(
                        name: "FK_PracticeTimePolicies_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StaffMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    Credential = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Npi = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffMembers_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleClaims_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ApiTokenPatients",
                columns: table => new
                {
                    TokenId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiTokenPatients", x => new { x.TokenId, x.PatientId });
                    table.ForeignKey(
                        name: "FK_ApiTokenPatients_ApiTokens_TokenId",
                        column: x => x.TokenId,
                        principalTable: "ApiTokens",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ApiTokenPatients_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CarePlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CarePlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CarePlans_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CarePlans_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CareTeamNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareTeamNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CareTeamNotices_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CareTeamNotices_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClinicalRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CodeSystem = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Display = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClinicalRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClinicalRecords_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Conditions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CodeSystem = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Display = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Icd10 = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    OnsetDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AbatementDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClinicalStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    ChronicOverride = table.Column<bool>(type: "INTEGER", nullable: true),
                    ChronicCategory = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    IsChronic = table.Column<bool>(type: "INTEGER", nullable: false),
                    ClassificationSource = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conditions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Conditions_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConsentDocuments",
                columns: table => new
                {
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MediaType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", maxLength: 10485760, nullable: false),
                    StoredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentDocuments", x => new { x.PatientId, x.ContentHash });
                    table.ForeignKey(
                        name: "FK_ConsentDocuments_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MonthDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Program = table.Column<int>(type: "INTEGER", nullable: false),
                    MonthKey = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReasonsJson = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    ExplanationJson = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    ClinicalStaffMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    BillingPractitionerMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    RuleYear = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonthDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonthDecisions_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MonthDecisions_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MonthLocks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MonthKey = table.Column<int>(type: "INTEGER", nullable: false),
                    LockedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LockedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonthLocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonthLocks_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OtherBilledServices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Npi = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    MonthKey = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OtherBilledServices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OtherBilledServices_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OtherBilledServices_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PatientConsents",
                columns: table => new
                {
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PatientConsents", x => x.PatientId);
                    table.ForeignKey(
                        name: "FK_PatientConsents_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PatientConsents_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PatientEnrollments",
                columns: table => new
                {
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PatientEnrollments", x => x.PatientId);
                    table.ForeignKey(
                        name: "FK_PatientEnrollments_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PatientEnrollments_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PortalInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    InviteeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AccessUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    SecretHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcceptedUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PortalInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PortalInvitations_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PortalInvitations_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RunningTimers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Program = table.Column<int>(type: "INTEGER", nullable: false),
                    Activity = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RunningSince = table.Column<long>(type: "INTEGER", nullable: true),
                    AccumulatedSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RunningTimers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RunningTimers_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Visits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    RenderingNpi = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Visits_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TimeEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Program = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Performer = table.Column<int>(type: "INTEGER", nullable: false),
                    Activity = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<long>(type: "INTEGER", nullable: false),
                    LocalDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MonthKey = table.Column<int>(type: "INTEGER", nullable: false),
                    DurationSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    Inpatient = table.Column<bool>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Replaces = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimeEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TimeEntries_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TimeEntries_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TimeEntries_StaffMembers_StaffId",
                        column: x => x.StaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MustChangePassword = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Users", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Users_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Users_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Users_StaffMembers_StaffId",
                        column: x => x.StaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CarePlanActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    OnDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CarePlanActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CarePlanActivities_CarePlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "CarePlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CarePlanCopies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    RecipientKind = table.Column<int>(type: "INTEGER", nullable: false),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedById = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CarePlanCopies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CarePlanCopies_CarePlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "CarePlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CarePlanDrafts",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BasedOn = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentJson = table.Column<string>(type: "TEXT", nullable: false),
                    EditedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EditedById = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EditedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CarePlanDrafts", x => x.PlanId);
                    table.ForeignKey(
                        name: "FK_CarePlanDrafts_CarePlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "CarePlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CarePlanVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentJson = table.Column<string>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    IsComplete = table.Column<bool>(type: "INTEGER", nullable: false),
                    MissingElements = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CarePlanVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CarePlanVersions_CarePlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "CarePlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BillingClaims",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Program = table.Column<int>(type: "INTEGER", nullable: false),
                    MonthKey = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BillingNpi = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    DateOfService = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlaceOfService = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Diagnoses = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Frequency = table.Column<int>(type: "INTEGER", nullable: false),
                    Corrects = table.Column<Guid>(type: "TEXT", nullable: true),
                    OriginalReference = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ExportedIn = table.Column<long>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    StatusChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StatusChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BillingClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BillingClaims_BillingClaims_Corrects",
                        column: x => x.Corrects,
                        principalTable: "BillingClaims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BillingClaims_ClaimFiles_ExportedIn",
                        column: x => x.ExportedIn,
                        principalTable: "ClaimFiles",
                        principalColumn: "ControlNumber",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BillingClaims_MonthDecisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "MonthDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BillingClaims_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BillingClaims_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConsentRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    OriginalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Supersedes = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Program = table.Column<int>(type: "INTEGER", nullable: false),
                    PractitionerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PractitionerNpi = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    Decision = table.Column<int>(type: "INTEGER", nullable: false),
                    Disclosures = table.Column<int>(type: "INTEGER", nullable: false),
                    ObtainedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    NoOtherCareManagement = table.Column<bool>(type: "INTEGER", nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 35, nullable: false),
                    DocumentHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: true),
                    DocumentMediaType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    RevokedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsentRecords_PatientConsents_PatientId",
                        column: x => x.PatientId,
                        principalTable: "PatientConsents",
                        principalColumn: "PatientId",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConsentRecords_StaffMembers_ObtainedBy",
                        column: x => x.ObtainedBy,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConsentRecords_StaffMembers_PractitionerId",
                        column: x => x.PractitionerId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgramEnrollments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Program = table.Column<int>(type: "INTEGER", nullable: false),
                    PractitionerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PractitionerNpi = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramEnrollments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgramEnrollments_PatientEnrollments_PatientId",
                        column: x => x.PatientId,
                        principalTable: "PatientEnrollments",
                        principalColumn: "PatientId",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProgramEnrollments_StaffMembers_PractitionerId",
                        column: x => x.PractitionerId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaregiverGrants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaregiverGrants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaregiverGrants_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaregiverGrants_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaregiverGrants_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProviderShares",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GrantedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProviderShares", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProviderShares_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProviderShares_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProviderShares_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UserClaims_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_UserLogins_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_UserRoles_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_UserRoles_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_UserTokens_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BillingClaimLine",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Units = table.Column<int>(type: "INTEGER", nullable: false),
                    ChargeCents = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpectedCents = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BillingClaimLine", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BillingClaimLine_BillingClaims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "BillingClaims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PatientStatements",
                columns: table => new
                {
                    ClaimId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MonthKey = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountDueCents = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PatientStatements", x => x.ClaimId);
                    table.ForeignKey(
                        name: "FK_PatientStatements_BillingClaims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "BillingClaims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PatientStatements_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EnrollmentEvents",
                columns: table => new
                {
                    EnrollmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CareManager = table.Column<Guid>(type: "TEXT", nullable: true),
                    InitiatingVisit = table.Column<Guid>(type: "TEXT", nullable: true),
                    RelatedEnrollment = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnrollmentEvents", x => new { x.EnrollmentId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_EnrollmentEvents_ProgramEnrollments_EnrollmentId",
                        column: x => x.EnrollmentId,
                        principalTable: "ProgramEnrollments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EnrollmentEvents_StaffMembers_CareManager",
                        column: x => x.CareManager,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApiTokenPatients_PatientId",
                table: "ApiTokenPatients",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_ApiTokens_PracticeId",
                table: "ApiTokens",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_ApiTokens_SecretHash",
                table: "ApiTokens",
                column: "SecretHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_ActorId_Sequence",
                table: "AuditEvents",
                columns: new[] { "ActorId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_ActorName_Sequence",
                table: "AuditEvents",
                columns: new[] { "ActorName", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_OccurredAt",
                table: "AuditEvents",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_PatientId_Sequence",
                table: "AuditEvents",
                columns: new[] { "PatientId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_BillingClaimLine_ClaimId",
                table: "BillingClaimLine",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_BillingClaims_ClaimNumber",
                table: "BillingClaims",
                column: "ClaimNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BillingClaims_Corrects",
                table: "BillingClaims",
                column: "Corrects");

            migrationBuilder.CreateIndex(
                name: "IX_BillingClaims_DecisionId",
                table: "BillingClaims",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_BillingClaims_ExportedIn",
                table: "BillingClaims",
                column: "ExportedIn");

            migrationBuilder.CreateIndex(
                name: "IX_BillingClaims_PatientId",
                table: "BillingClaims",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_BillingClaims_PracticeId_MonthKey_Status",
                table: "BillingClaims",
                columns: new[] { "PracticeId", "MonthKey", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CaregiverGrants_PatientId",
                table: "CaregiverGrants",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_CaregiverGrants_PracticeId_PatientId",
                table: "CaregiverGrants",
                columns: new[] { "PracticeId", "PatientId" });

            migrationBuilder.CreateIndex(
                name: "IX_CaregiverGrants_UserId_PatientId",
                table: "CaregiverGrants",
                columns: new[] { "UserId", "PatientId" });

            migrationBuilder.CreateIndex(
                name: "IX_CarePlanActivities_PlanId",
                table: "CarePlanActivities",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_CarePlanActivities_PracticeId_OnDate_PatientId",
                table: "CarePlanActivities",
                columns: new[] { "PracticeId", "OnDate", "PatientId" });

            migrationBuilder.CreateIndex(
                name: "IX_CarePlanCopies_PlanId",
                table: "CarePlanCopies",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_CarePlanCopies_PracticeId_ProvidedOn_PatientId",
                table: "CarePlanCopies",
                columns: new[] { "PracticeId", "ProvidedOn", "PatientId" });

            migrationBuilder.CreateIndex(
                name: "IX_CarePlanDrafts_PatientId",
                table: "CarePlanDrafts",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_CarePlans_PatientId",
                table: "CarePlans",
                column: "PatientId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CarePlans_PracticeId",
                table: "CarePlans",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_CarePlanVersions_PlanId_Number",
                table: "CarePlanVersions",
                columns: new[] { "PlanId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CarePlanVersions_PracticeId_PatientId",
                table: "CarePlanVersions",
                columns: new[] { "PracticeId", "PatientId" });

            migrationBuilder.CreateIndex(
                name: "IX_CareTeamNotices_PatientId",
                table: "CareTeamNotices",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_CareTeamNotices_PracticeId_AcknowledgedAt",
                table: "CareTeamNotices",
                columns: new[] { "PracticeId", "AcknowledgedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CareTeamNotices_PracticeId_PatientId",
                table: "CareTeamNotices",
                columns: new[] { "PracticeId", "PatientId" });

            migrationBuilder.CreateIndex(
                name: "IX_ChronicRules_System_Code_Source",
                table: "ChronicRules",
                columns: new[] { "System", "Code", "Source" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClaimFiles_PracticeId_MonthKey",
                table: "ClaimFiles",
                columns: new[] { "PracticeId", "MonthKey" });

            migrationBuilder.CreateIndex(
                name: "IX_ClinicalRecords_PatientId_Kind_SourceKey",
                table: "ClinicalRecords",
                columns: new[] { "PatientId", "Kind", "SourceKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClinicalRecords_PracticeId",
                table: "ClinicalRecords",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_CodeSetReleases_Kind_ImportedAt",
                table: "CodeSetReleases",
                columns: new[] { "Kind", "ImportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Conditions_PatientId_SourceKey",
                table: "Conditions",
                columns: new[] { "PatientId", "SourceKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Conditions_PracticeId_PatientId",
                table: "Conditions",
                columns: new[] { "PracticeId", "PatientId" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsentDocuments_PracticeId",
                table: "ConsentDocuments",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_ObtainedBy",
                table: "ConsentRecords",
                column: "ObtainedBy");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_PatientId_Sequence",
                table: "ConsentRecords",
                columns: new[] { "PatientId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_PracticeId_Program_PatientId",
                table: "ConsentRecords",
                columns: new[] { "PracticeId", "Program", "PatientId" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_PractitionerId",
                table: "ConsentRecords",
                column: "PractitionerId");

            migrationBuilder.CreateIndex(
                name: "IX_EnrollmentEvents_CareManager",
                table: "EnrollmentEvents",
                column: "CareManager");

            migrationBuilder.CreateIndex(
                name: "IX_MonthDecisions_PatientId",
                table: "MonthDecisions",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_MonthDecisions_PracticeId_MonthKey_PatientId_Program",
                table: "MonthDecisions",
                columns: new[] { "PracticeId", "MonthKey", "PatientId", "Program" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonthLocks_PatientId_MonthKey",
                table: "MonthLocks",
                columns: new[] { "PatientId", "MonthKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonthLocks_PracticeId_MonthKey",
                table: "MonthLocks",
                columns: new[] { "PracticeId", "MonthKey" });

            migrationBuilder.CreateIndex(
                name: "IX_OtherBilledServices_PatientId_Code_Date_Npi",
                table: "OtherBilledServices",
                columns: new[] { "PatientId", "Code", "Date", "Npi" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OtherBilledServices_PracticeId_MonthKey",
                table: "OtherBilledServices",
                columns: new[] { "PracticeId", "MonthKey" });

            migrationBuilder.CreateIndex(
                name: "IX_PatientConsents_PracticeId",
                table: "PatientConsents",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_PatientEnrollments_PracticeId",
                table: "PatientEnrollments",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_Patients_PracticeId_LastName_FirstName",
                table: "Patients",
                columns: new[] { "PracticeId", "LastName", "FirstName" });

            migrationBuilder.CreateIndex(
                name: "IX_Patients_PracticeId_Mrn",
                table: "Patients",
                columns: new[] { "PracticeId", "Mrn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PatientStatements_PatientId",
                table: "PatientStatements",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_PatientStatements_PracticeId_MonthKey",
                table: "PatientStatements",
                columns: new[] { "PracticeId", "MonthKey" });

            migrationBuilder.CreateIndex(
                name: "IX_PortalInvitations_PatientId",
                table: "PortalInvitations",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_PortalInvitations_PracticeId_PatientId",
                table: "PortalInvitations",
                columns: new[] { "PracticeId", "PatientId" });

            migrationBuilder.CreateIndex(
                name: "IX_PortalInvitations_SecretHash",
                table: "PortalInvitations",
                column: "SecretHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Practices_GroupNpi",
                table: "Practices",
                column: "GroupNpi",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgramEnrollments_PatientId",
                table: "ProgramEnrollments",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgramEnrollments_PracticeId_Program_PatientId",
                table: "ProgramEnrollments",
                columns: new[] { "PracticeId", "Program", "PatientId" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgramEnrollments_PractitionerId",
                table: "ProgramEnrollments",
                column: "PractitionerId");

            migrationBuilder.CreateIndex(
                name: "IX_ProviderShares_PatientId",
                table: "ProviderShares",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_ProviderShares_PracticeId_PatientId",
                table: "ProviderShares",
                columns: new[] { "PracticeId", "PatientId" });

            migrationBuilder.CreateIndex(
                name: "IX_ProviderShares_UserId_PatientId",
                table: "ProviderShares",
                columns: new[] { "UserId", "PatientId" });

            migrationBuilder.CreateIndex(
                name: "IX_RoleClaims_RoleId",
                table: "RoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "Roles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RunningTimers_PatientId",
                table: "RunningTimers",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_RunningTimers_PracticeId",
                table: "RunningTimers",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_RunningTimers_UserId",
                table: "RunningTimers",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffMembers_PracticeId_ExternalId",
                table: "StaffMembers",
                columns: new[] { "PracticeId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TimeEntries_PatientId_MonthKey",
                table: "TimeEntries",
                columns: new[] { "PatientId", "MonthKey" });

            migrationBuilder.CreateIndex(
                name: "IX_TimeEntries_PracticeId_MonthKey",
                table: "TimeEntries",
                columns: new[] { "PracticeId", "MonthKey" });

            migrationBuilder.CreateIndex(
                name: "IX_TimeEntries_Replaces",
                table: "TimeEntries",
                column: "Replaces",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TimeEntries_StaffId_Start",
                table: "TimeEntries",
                columns: new[] { "StaffId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_UserClaims_UserId",
                table: "UserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_UserLogins_UserId",
                table: "UserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_UserRoles_RoleId",
                table: "UserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "Users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_Users_PatientId",
                table: "Users",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_Users_PracticeId",
                table: "Users",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_Users_StaffId",
                table: "Users",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "Users",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Visits_PatientId_SourceKey",
                table: "Visits",
                columns: new[] { "PatientId", "SourceKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Visits_PracticeId_PatientId_Date",
                table: "Visits",
                columns: new[] { "PracticeId", "PatientId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiTokenPatients");

            migrationBuilder.DropTable(
                name: "AuditChainHeads");

            migrationBuilder.DropTable(
                name: "AuditEvents");

            migrationBuilder.DropTable(
                name: "BillingClaimLine");

            migrationBuilder.DropTable(
                name: "CaregiverGrants");

            migrationBuilder.DropTable(
                name: "CarePlanActivities");

            migrationBuilder.DropTable(
                name: "CarePlanCopies");

            migrationBuilder.DropTable(
                name: "CarePlanDrafts");

            migrationBuilder.DropTable(
                name: "CarePlanVersions");

            migrationBuilder.DropTable(
                name: "CareTeamNotices");

            migrationBuilder.DropTable(
                name: "ChronicRules");

            migrationBuilder.DropTable(
                name: "ClinicalRecords");

            migrationBuilder.DropTable(
                name: "CodeSetReleases");

            migrationBuilder.DropTable(
                name: "Conditions");

            migrationBuilder.DropTable(
                name: "ConsentDocuments");

            migrationBuilder.DropTable(
                name: "ConsentRecords");

            migrationBuilder.DropTable(
                name: "EnrollmentEvents");

            migrationBuilder.DropTable(
                name: "FeeScheduleAmounts");

            migrationBuilder.DropTable(
                name: "Icd10Codes");

            migrationBuilder.DropTable(
                name: "MonthLocks");

            migrationBuilder.DropTable(
                name: "OtherBilledServices");

            migrationBuilder.DropTable(
                name: "PatientStatements");

            migrationBuilder.DropTable(
                name: "PortalInvitations");

            migrationBuilder.DropTable(
                name: "PracticeCharges");

            migrationBuilder.DropTable(
                name: "PracticeTimePolicies");

            migrationBuilder.DropTable(
                name: "ProviderShares");

            migrationBuilder.DropTable(
                name: "RoleClaims");

            migrationBuilder.DropTable(
                name: "RunningTimers");

            migrationBuilder.DropTable(
                name: "TimeEntries");

            migrationBuilder.DropTable(
                name: "UserClaims");

            migrationBuilder.DropTable(
                name: "UserLogins");

            migrationBuilder.DropTable(
                name: "UserRoles");

            migrationBuilder.DropTable(
                name: "UserTokens");

            migrationBuilder.DropTable(
                name: "Visits");

            migrationBuilder.DropTable(
                name: "ApiTokens");

            migrationBuilder.DropTable(
                name: "CarePlans");

            migrationBuilder.DropTable(
                name: "PatientConsents");

            migrationBuilder.DropTable(
                name: "ProgramEnrollments");

            migrationBuilder.DropTable(
                name: "BillingClaims");

            migrationBuilder.DropTable(
                name: "Roles");

            migrationBuilder.DropTable(
                name: "Users");

            migrationBuilder.DropTable(
                name: "PatientEnrollments");

            migrationBuilder.DropTable(
                name: "ClaimFiles");

            migrationBuilder.DropTable(
                name: "MonthDecisions");

            migrationBuilder.DropTable(
                name: "StaffMembers");

            migrationBuilder.DropTable(
                name: "Patients");

            migrationBuilder.DropTable(
                name: "Practices");
        }
    }
}
