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
            // Plain columns without index or key: SQLite drops them in place (EF's table rebuild cannot run when migrating down past later migrations' columns).
            migrationBuilder.Sql("ALTER TABLE \"ClinicalRecords\" DROP COLUMN \"Category\";");
            migrationBuilder.Sql("ALTER TABLE \"ClinicalRecords\" DROP COLUMN \"DeviceReference\";");
            migrationBuilder.Sql("ALTER TABLE \"ClinicalRecords\" DROP COLUMN \"FactsJson\";");
            migrationBuilder.Sql("ALTER TABLE \"ClinicalRecords\" DROP COLUMN \"Intent\";");
            migrationBuilder.Sql("ALTER TABLE \"ClinicalRecords\" DROP COLUMN \"ManuallyEntered\";");
            migrationBuilder.Sql("ALTER TABLE \"ClinicalRecords\" DROP COLUMN \"OccurredAt\";");
            migrationBuilder.Sql("ALTER TABLE \"ClinicalRecords\" DROP COLUMN \"Unit\";");
            migrationBuilder.Sql("ALTER TABLE \"ClinicalRecords\" DROP COLUMN \"Value\";");
        }
    }
}
