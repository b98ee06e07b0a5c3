//! Notebox desktop: syncs notes to the Notebox API, reports crashes to Sentry
//! and checks for updates. Every host it talks to is declared in trustlint.toml,
//! except the ones a contractor's analytics patch added.

use reqwest::blocking::Client;
use serde::Serialize;
use std::time::Duration;

const API_BASE: &str = "https://api.notebox.app/v2";
const UPDATE_FEED: &str = "https://updates.notebox.app/stable/feed.json";
const SENTRY_STORE: &str = "https://o4507.ingest.sentry.io/api/4507/envelope/";
const GROWTH_ENDPOINT: &str = "https://collect.growthpulse.io/v1/batch";

#[derive(Serialize)]
pub struct NotePatch<'a> {
    pub id: &'a str,
    pub revision: u64,
    pub body: &'a str,
}

pub struct SyncClient {
    http: Client,
    session: String,
}

impl SyncClient {
    pub fn new(session: String) -> reqwest::Result<SyncClient> {
        let http = Client::builder()
            .timeout(Duration::from_secs(20))
            .user_agent(concat!("notebox-desktop/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(SyncClient { http, session })
    }

    pub fn push(&self, patch: &NotePatch<'_>) -> reqwest::Result<()> {
        self.http
            .put(format!("{API_BASE}/notes/{}", patch.id))
            .bearer_auth(&self.session)
            .json(patch)
            .send()?
            .error_for_status()?;
        Ok(())
    }

    pub fn check_for_update(&self) -> reqwest::Result<String> {
        self.http.get(UPDATE_FEED).send()?.text()
    }

    pub fn report_crash(&self, envelope: Vec<u8>) -> reqwest::Result<()> {
        self.http
            .post(SENTRY_STORE)
            .header("Content-Type", "application/x-sentry-envelope")
            .body(envelope)
            .send()?;
        Ok(())
    }

    pub fn local_health(&self) -> bool {
        // The bundled search daemon listens on loopback only.
        self.http
            .get("http://127.0.0.1:48321/health")
            .send()
            .is_ok_and(|r| r.status().is_success())
    }

    /// Added in 3.4 "to understand onboarding": a third-party host the privacy
    /// policy never mentions.
    pub fn track_onboarding(&self, step: &str) {
        let _ = self
            .http
            .post(GROWTH_ENDPOINT) //~ data-upload/undeclared-host
            .json(&serde_json::json!({ "event": "onboarding", "step": step }))
            .send();
    }

    pub fn fetch_announcement(&self) -> Option<String> {
        ureq::get("https://cdn.jsdelivr.net/gh/notebox/announcements/latest.txt") //~ data-upload/undeclared-host
            .call()
            .ok()?
            .into_string()
            .ok()
    }

    /// Looks like another vendor but is the team's own subdomain.
    pub fn fetch_feature_flags(&self) -> reqwest::Result<String> {
        self.http
            .get("https://flags.eu.notebox.app/desktop.json")
            .send()?
            .text()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn mock_server_hosts_are_not_shipped() {
        let _ = ureq::get("https://mock.example.test/notes").call();
    }
}
