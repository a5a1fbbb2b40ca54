#!/bin/sh
# check_layers.sh - every #include between the folders of src/ goes down the
# layers (HACKING.md, "The tree"): a file may include its own folder and the
# folders below it, never a folder above or beside it.
#   cli > pipeline > report, audit > findings > mail, money, markers > store > base
set -u
top=${TOP_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}
rank () {
    case $1 in
    base) echo 0 ;; store) echo 1 ;; mail|money|markers) echo 2 ;; findings) echo 3 ;;
    report|audit) echo 4 ;; pipeline) echo 5 ;; cli) echo 6 ;; *) echo -1 ;;
    esac
}
echo "1..1"
bad=0
n=0
for f in "$top"/src/*/*.c "$top"/src/*/*.h; do
    from=$(basename "$(dirname "$f")")
    rf=$(rank "$from")
    if [ "$rf" -lt 0 ]; then
        echo "# $f: folder '$from' has no place in the layer order"
        bad=$((bad + 1))
        continue
    fi
    for to in $(sed -n 's|^#include "\([a-z_]*\)/.*|\1|p' "$f" | sort -u); do
        [ "$to" = "$from" ] && continue
        n=$((n + 1))
        rt=$(rank "$to")
        if [ "$rt" -lt 0 ] || [ "$rt" -ge "$rf" ]; then
            echo "# ${f#"$top"/}: includes $to/ (layer $rt) from $from/ (layer $rf)"
            bad=$((bad + 1))
        fi
    done
done
if [ "$bad" -eq 0 ]; then
    echo "ok 1 - $n includes between folders, all going down the layers"
else
    echo "not ok 1 - $bad includes going up or across the layers"
    exit 1
fi
