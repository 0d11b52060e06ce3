#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into an EMPTY instance (no SQLite file or an empty PostgreSQL database,
# and an empty documents folder): every file is checked against SHA256SUMS first, then the database and documents
# are restored. Start Kenes on the same settings afterwards.
#   scripts/restore.sh --from DIR
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export Database__Provider="${Database__Provider:-Sqlite}"
export ConnectionStrings__Kenes="${ConnectionStrings__Kenes:-Data Source=$root/src/Kenes.Web/data/kenes.db}"
export Storage__Root="${Storage__Root:-$root/src/Kenes.Web/data/documents}"
exec dotnet run --project "$root/tools/Kenes.Backup" -c Release -v quiet -- restore "$@"
