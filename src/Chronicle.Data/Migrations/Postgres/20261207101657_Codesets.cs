using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Chronicle.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Codesets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RuleYears",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    CarriedFrom = table.Column<int>(type: "integer", nullable: false),
                    CarriedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CarriedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConfirmedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RuleYears", x => x.Year);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RuleYears");
        }
    }
}
