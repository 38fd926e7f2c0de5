//! A horizontal bar chart drawn by the client as inline SVG (no chart library, nothing
//! fetched), used by every chart of the dashboard.
//!
//! Each row has its label written above its bars and each bar its value written beside it, so
//! nothing depends on colour and nothing is a tiny rotated axis label. Bar lengths are
//! percentages of the chart's width while text keeps its size in CSS pixels: the chart fills a
//! 360 px phone and a wide screen alike, where a scaled `viewBox` would shrink the text on one
//! or blow it up on the other. Geometry is set through SVG attributes and colours through
//! classes: the Content-Security-Policy allows no inline styles. The chart is one image for
//! assistive technology (`role="img"`, named by its `<title>`); its numbers are in the table
//! the page puts beside it.

use yew::prelude::*;

use crate::i18n::use_i18n;

/// One row: a label and one bar per series, each with its value in words.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartRow {
    pub label: String,
    /// `(value, text)` per series, in the order of [`BarChartProps::series`].
    pub bars: Vec<(f64, String)>,
}

#[derive(Properties, PartialEq)]
pub struct BarChartProps {
    pub id: AttrValue,
    /// What the chart shows: its accessible name.
    pub title: String,
    /// The series' names, shown as a legend when there is more than one.
    pub series: Vec<String>,
    pub rows: Vec<ChartRow>,
    /// The value drawn as the longest bar; the largest value when not given.
    #[prop_or_default]
    pub max: Option<f64>,
}

/// Heights in CSS pixels: the label line, a bar, the space under a bar, the space under a row.
const LABEL: u32 = 20;
const BAR: u32 = 14;
const BAR_GAP: u32 = 6;
const ROW_GAP: u32 = 8;
/// The longest bar, in percent of the width: the rest holds the value written after it.
const LONGEST: f64 = 62.0;
/// Labels longer than this many characters are cut (the table beside has them whole).
const LABEL_CHARS: usize = 40;

fn row_height(series: usize) -> u32 {
    LABEL + series as u32 * (BAR + BAR_GAP) + ROW_GAP
}

fn shortened(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        label.to_owned()
    } else {
        let cut: String = label.chars().take(LABEL_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// A bar's length in percent of the chart's width.
fn length(value: f64, max: f64) -> f64 {
    if max > 0.0 { (value / max).clamp(0.0, 1.0) * LONGEST } else { 0.0 }
}

#[function_component(BarChart)]
pub fn bar_chart(props: &BarChartProps) -> Html {
    let i18n = use_i18n();
    if props.rows.is_empty() {
        return html! { <p class="hint" id={props.id.clone()}>{ i18n.t("chart-empty") }</p> };
    }
    let largest = props.rows.iter().flat_map(|r| r.bars.iter().map(|(v, _)| *v)).fold(0.0, f64::max);
    let max = props.max.unwrap_or(largest);
    let per_row = row_height(props.series.len());
    let title_id = format!("{}-title", props.id);
    let rows = props.rows.iter().enumerate().map(|(r, row)| {
        let top = r as u32 * per_row;
        let bars = row.bars.iter().enumerate().map(|(s, (value, text))| {
            let y = top + LABEL + s as u32 * (BAR + BAR_GAP);
            let width = length(*value, max);
            html! {
                <>
                    <rect class={classes!("bar", format!("bar-{s}"))} x="0" y={y.to_string()}
                        width={format!("{width:.2}%")} height={BAR.to_string()} />
                    <text class="bar-value" x={format!("{width:.2}%")} dx="6" y={(y + BAR - 3).to_string()}>{ text }</text>
                </>
            }
        });
        html! {
            <g class="chart-row">
                <text class="bar-label" x="0" y={(top + LABEL - 6).to_string()}>{ shortened(&row.label) }</text>
                { for bars }
            </g>
        }
    });
    html! {
        <figure class="chart">
            if props.series.len() > 1 {
                <ul class="legend" aria-hidden="true">
                    { for props.series.iter().enumerate().map(|(s, name)| html! {
                        <li><span class={classes!("swatch", format!("swatch-{s}"))}></span>{ name }</li>
                    }) }
                </ul>
            }
            <svg id={props.id.clone()} class="chart-svg" role="img" aria-labelledby={title_id.clone()}
                width="100%" height={(props.rows.len() as u32 * per_row).to_string()}>
                <title id={title_id}>{ &props.title }</title>
                { for rows }
            </svg>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_fit_beside_their_values() {
        assert_eq!(length(10.0, 10.0), LONGEST);
        assert_eq!(length(5.0, 10.0), LONGEST / 2.0);
        assert_eq!(length(3.0, 0.0), 0.0, "nothing to compare with: no bar");
        assert_eq!(length(12.0, 10.0), LONGEST, "a value over the maximum stays inside");
    }

    #[test]
    fn long_labels_are_cut_short_labels_kept() {
        assert_eq!(shortened("Why a policy"), "Why a policy");
        let long = "Which of these make a story interesting to a local journalist?";
        let cut = shortened(long);
        assert!(cut.ends_with('…') && cut.chars().count() <= LABEL_CHARS, "{cut}");
    }
}
