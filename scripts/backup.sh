#!/usr/bin/env bash
# Backs up a Kenes instance, online: the database (SQLite: VACUUM INTO; PostgreSQL: pg_dump -Fc) and the documents,
# with SHA256SUMS over every file. Reads the settings Kenes reads; defaults are those of `dotnet run`.
#   scripts/backup.sh --out DIR
#   Database__Provider=Postgres ConnectionStrings__Kenes='Host=…;Database=kenes;Username=kenes' \
#     Storage__Root=/srv/kenes/documents scripts/backup.sh --out /backups/kenes-$(date +%F)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export Database__Provider="${Database__Provider:-Sqlite}"
export ConnectionStrings__Kenes="${ConnectionStrings__Kenes:-Data Source=$root/src/Kenes.Web/data/kenes.db}"
export Storage__Root="${Storage__Root:-$root/src/Kenes.Web/data/documents}"
exec dotnet run --project "$root/tools/Kenes.Backup" -c Release -v quiet -- backup "$@"
