# Sourced by scripts: logging and running as root (directly, or through sudo when not root).
log() { printf '[%s] %s\n' "$(basename "$0")" "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else
        log "need root for: $*"; return 1; fi
}

# apt_need PACKAGE COMMAND_OR_FILE...: installs PACKAGE when the command or file is missing.
apt_need() {
    local package="$1"; shift
    for probe in "$@"; do
        if [ -e "$probe" ] || command -v "$probe" >/dev/null 2>&1; then return 0; fi
    done
    log "installing $package"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$package" >/dev/null
}
