//! The sitemap: built unless every file of it is up to date, streamed into its file (or its
//! index and parts) as it is written.

use super::{Body, Job, OutFile, SITEMAP, Sink};
use crate::error::{Error, Result};
use crate::render::manifest::Inputs;
use crate::render::publish;
use crate::render::{Alternate, Format};

/// Builds the sitemap (`sitemap.xml`, and its parts `sitemap-N.xml` when the site is over
/// the limits of one file) unless every file of it is up to date, and adds its files to
/// `planned`.
pub(super) fn sitemap(
    job: &Job<'_>,
    sink: &dyn Sink,
    inputs: &Inputs,
    alternates: &[Alternate],
    base: &str,
    planned: &mut Vec<String>,
) -> Result<()> {
    let project = job.project;
    let key = inputs.sitemap(job.sitemap.urls, job.sitemap.bytes);
    // Up to date when the index is and so is each part an earlier run wrote with it; a part
    // it wrote that is missing or changed means building the sitemap again.
    let mut fresh = sink.fresh(SITEMAP, key).is_some();
    let mut parts = 0;
    while fresh {
        let part = publish::part_file(parts + 1);
        if sink.fresh(&part, key).is_some() {
            parts += 1;
        } else {
            fresh = !sink.listed(&part);
            break;
        }
    }
    if fresh {
        // The run planned one sitemap file.
        sink.more(parts);
        sink.keep(SITEMAP);
        planned.push(SITEMAP.to_owned());
        for n in 1..=parts {
            let part = publish::part_file(n);
            sink.keep(&part);
            planned.push(part);
        }
        return Ok(());
    }
    // The sitemap describes the whole site, as the pages' alternates do, whichever locales
    // this run renders: every locale lists every article.
    let pages = job.articles.len().div_ceil(project.config.page_size).max(1);
    let site_locales: Vec<crate::locale::Locale> =
        alternates.iter().map(|a| a.locale.clone()).collect();
    let list_counts: Vec<(crate::locale::Locale, usize)> =
        site_locales.iter().map(|l| (l.clone(), pages)).collect();
    let groups = publish::url_groups(base, project, &site_locales, &list_counts, job.articles);
    let split = publish::split(&groups, job.sitemap).map_err(|e| Error::write(SITEMAP, e))?;
    let stream = |file: String,
                  groups: std::sync::Arc<Vec<publish::UrlGroup>>,
                  part: (usize, usize),
                  n: usize| OutFile {
        path: file,
        body: Body::Stream(Box::new(move |out| {
            publish::write_sitemap(&groups, part, &mut std::io::BufWriter::new(out))
        })),
        inputs: key,
        locale: None,
        format: Format::Html,
        events: Vec::new(),
        order: (3, n, 0, 0),
    };
    let groups = std::sync::Arc::new(groups);
    if let [whole] = split.as_slice() {
        sink.emit(stream(
            SITEMAP.to_owned(),
            groups,
            (whole.start, whole.end),
            0,
        ))?;
        planned.push(SITEMAP.to_owned());
        return Ok(());
    }
    // The index and its parts, where the run planned one sitemap file.
    sink.more(split.len());
    sink.emit(OutFile {
        path: SITEMAP.to_owned(),
        body: Body::Text(publish::sitemap_index(base, &split)),
        inputs: key,
        locale: None,
        format: Format::Html,
        events: Vec::new(),
        order: (3, 0, 0, 0),
    })?;
    planned.push(SITEMAP.to_owned());
    for (i, part) in split.iter().enumerate() {
        let file = publish::part_file(i + 1);
        planned.push(file.clone());
        sink.emit(stream(file, groups.clone(), (part.start, part.end), i + 1))?;
    }
    Ok(())
}
