# Sourced by the render benchmarks: builds a large site from the repository's own project.
#   make_render_site ROOT SITE ARTICLES LOCALES
# copies the project at ROOT (configuration, locales, content, lock) into SITE, sets a base URL
# (so the sitemap and the feeds are part of the work), copies the announcement's content file
# under new slugs until there are ARTICLES articles (every copy keeps the announcement's FTL
# resource: the texts are the announcement's, as a site of copies would be), and adds locales as
# copies of `en` (English variants with CLDR data: en-GB, en-AU, ...) until there are LOCALES.
make_render_site() {
    local root=$1 site=$2 articles=$3 locales=$4
    local article=unido-industrial-park-training-2023
    mkdir -p "$site"
    cp -r "$root/fluentpress.toml" "$root/locales" "$root/content" "$site/"
    [ -f "$root/fluentpress.lock" ] && cp "$root/fluentpress.lock" "$site/"
    sed -i 's|^pivot = .*|&\nbase-url = "https://news.example.org/"|' "$site/fluentpress.toml"
    local have n
    have=$(find "$site/content" -name '*.toml' | wc -l)
    for n in $(seq "$have" $((articles - 1))); do
        n=$(printf '%04d' "$n")
        sed "s|^slug = .*|slug = \"$article-$n\"|" "$site/content/$article.toml" \
            >"$site/content/$article-$n.toml"
    done
    have=$(grep -c '^\[locales\.' "$site/fluentpress.toml")
    local region
    for region in GB AU CA IN NZ IE ZA SG PH KE NG MT GH PK ZM ZW BW FJ JM TT; do
        [ "$have" -ge "$locales" ] && break
        cp -r "$site/locales/en" "$site/locales/en-$region"
        printf '\n[locales.en-%s]\nname = "English (%s)"\nstatus = "draft"\n' "$region" "$region" \
            >>"$site/fluentpress.toml"
        have=$((have + 1))
    done
}
