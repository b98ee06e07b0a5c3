//! An upload client caught in the middle of an edit: a `match` arm lacks its comma
//! and `retry_budget` its body's expression, so syn rejects the file.
use std::time::Duration;

pub struct UploadClient {
    access_key_id: &'static str,
    timeout: Duration,
}

impl UploadClient {
    pub fn new() -> UploadClient {
        UploadClient {
            access_key_id: "AKIA5MZQ3XW7RTB2KDNE",
            timeout: Duration::from_secs(30),
        }
    }

    pub fn retry_delay(&self, attempt: u32) -> Duration {
        match attempt {
            0 => Duration::ZERO,
            n if n < 5 => self.timeout / (6 - n)
            _ => self.timeout,
        }
    }

    pub fn retry_budget(&self) -> u32 {
        let budget = ;
        budget
    }
}
