# Sourced by the benchmark scripts: compare-locales in a virtual environment of its own.
#   install_compare_locales VENV
# installs compare-locales $COMPARE_LOCALES_VERSION in VENV unless that version is already
# there; python3-venv comes from apt-get when Python cannot create an environment.
COMPARE_LOCALES_VERSION=9.0.5

install_compare_locales() {
    local venv=$1
    if "$venv/bin/compare-locales" --version 2>/dev/null |
        grep -qx "compare-locales $COMPARE_LOCALES_VERSION"; then
        return
    fi
    if ! python3 -c 'import ensurepip' 2>/dev/null; then
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
    fi
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check \
        "compare-locales==$COMPARE_LOCALES_VERSION"
}
