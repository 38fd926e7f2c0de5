//! The learner's app, which every visitor downloads: the catalog, courses, lessons and quizzes,
//! signing in and joining, the learner's certificates with their offline check. The editor, the
//! dashboard and the public certificate check are other bundles (see the crate's docs).

use dala_web::app::{AppProps, Elsewhere, Route};
use dala_web::pages::carry::CarryPage;
use dala_web::pages::certificate::CertificatePage;
use dala_web::pages::certificates::CertificatesPage;
use dala_web::pages::quiz::QuizPage;
use dala_web::pages::reset_password::ResetPasswordPage;
use dala_web::pages::sign_in::{JoinPage, SignInPage};
use dala_web::pages::sign_out::SignOutPage;
use dala_web::pages::{
    catalog::CatalogPage, course::CoursePage, lesson::LessonPage, not_found::NotFoundPage,
};
use yew::prelude::*;

fn pages(route: Route) -> Html {
    match route {
        Route::Catalog => html! { <CatalogPage /> },
        Route::Course { slug } => html! { <CoursePage {slug} /> },
        Route::Lesson { slug, lesson } => html! { <LessonPage {slug} {lesson} /> },
        Route::Quiz { slug, quiz } => html! { <QuizPage {slug} {quiz} /> },
        Route::SignIn => html! { <SignInPage /> },
        Route::Join => html! { <JoinPage /> },
        Route::SignOut => html! { <SignOutPage /> },
        Route::Carry => html! { <CarryPage /> },
        Route::Certificates => html! { <CertificatesPage /> },
        Route::Certificate { id } => html! { <CertificatePage {id} /> },
        Route::ResetPassword => html! { <ResetPasswordPage /> },
        Route::NotFound => html! { <NotFoundPage /> },
        Route::Verify
        | Route::Author
        | Route::Edit { .. }
        | Route::Dashboard
        | Route::Organization { .. }
        | Route::Questions { .. }
        | Route::Organizations => html! { <Elsewhere /> },
    }
}

fn main() {
    // First, so the page's own requests are counted from the start (see `data_use`).
    dala_web::data_use::start();
    dala_web::storage::register_service_worker();
    dala_web::app::start(AppProps { pages, after_sync: None });
}
