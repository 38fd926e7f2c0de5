//! A table of report data: a caption, column headers and rows whose first cell names the row,
//! inside a box that scrolls sideways on a narrow screen (focusable, so a keyboard scrolls it
//! too, and named by the caption for screen readers).

use yew::prelude::*;

use crate::i18n::use_i18n;

/// One row: the cell that names it (a row header), then the others.
#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    pub header: Html,
    pub cells: Vec<Html>,
}

#[derive(Properties, PartialEq)]
pub struct DataTableProps {
    pub id: AttrValue,
    pub caption: String,
    /// Every column's header, the row headers' first.
    pub headers: Vec<String>,
    pub rows: Vec<TableRow>,
}

#[function_component(DataTable)]
pub fn data_table(props: &DataTableProps) -> Html {
    let i18n = use_i18n();
    let caption_id = format!("{}-caption", props.id);
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby={caption_id.clone()}>
            <table id={props.id.clone()} class="data">
                <caption id={caption_id}>{ &props.caption }</caption>
                <thead>
                    <tr>{ for props.headers.iter().map(|h| html! { <th scope="col">{ h }</th> }) }</tr>
                </thead>
                <tbody>
                    if props.rows.is_empty() {
                        <tr><td colspan={props.headers.len().to_string()}>{ i18n.t("chart-empty") }</td></tr>
                    }
                    { for props.rows.iter().map(|row| html! {
                        <tr>
                            <th scope="row">{ row.header.clone() }</th>
                            { for row.cells.iter().map(|cell| html! { <td>{ cell.clone() }</td> }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
