# Sourced by the benchmark scripts: builds a large Fluent tree from Anki's corpus.
#   make_large_tree CORPUS TREE COPIES
# copies the reference folder `templates` once and every other locale COPIES times under
# renamed folders (`<locale>-x-copyN`).
make_large_tree() {
    local corpus=$1 tree=$2 copies=$3 dir name copy
    mkdir -p "$tree"
    cp -r "$corpus/templates" "$tree/templates"
    for dir in "$corpus"/*/; do
        name=$(basename "$dir")
        [ "$name" = templates ] && continue
        for copy in $(seq "$copies"); do
            cp -r "$dir" "$tree/$name-x-copy$copy"
        done
    done
}
