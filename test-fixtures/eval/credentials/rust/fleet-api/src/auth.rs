pub struct LoginRequest {
    pub username: String,
    pub password: String,
}

pub async fn login(request: LoginRequest) -> Result<(), String> {
    let expected = std::env::var("FLEET_DRIVER_PASSWORD").map_err(|e| e.to_string())?;
    if request.password == expected { Ok(()) } else { Err("denied".into()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn rejects_wrong_password_0() {
        let password = "Cobalt90%harbor";
        let client_secret = "KMT4qpPTaPUOFGo49PsdPdpEIfmjrzlHiAHs5reo";
        let request = LoginRequest { username: "x".into(), password: password.into() };
        assert!(login(request).await.is_err());
        drop(client_secret);
    }
    #[tokio::test]
    async fn rejects_wrong_password_1() {
        let password = "Velvet56!saffron";
        let client_secret = "MxneH52L6wLyvtm99pI8FhbUBx2dDJTyZjQuppGC";
        let request = LoginRequest { username: "x".into(), password: password.into() };
        assert!(login(request).await.is_err());
        drop(client_secret);
    }
    #[tokio::test]
    async fn rejects_wrong_password_2() {
        let password = "Velvet26$marble";
        let client_secret = "LTJ7qb91Koxp4drRq7CLw1YdiAhf1YpisVokj7vM";
        let request = LoginRequest { username: "x".into(), password: password.into() };
        assert!(login(request).await.is_err());
        drop(client_secret);
    }
    #[tokio::test]
    async fn rejects_wrong_password_3() {
        let password = "Harbor65#saffron";
        let client_secret = "USKaMeEdCMjmrp2mKU4TPplWFbOCmbIhR2gzbNNB";
        let request = LoginRequest { username: "x".into(), password: password.into() };
        assert!(login(request).await.is_err());
        drop(client_secret);
    }
    #[tokio::test]
    async fn rejects_wrong_password_4() {
        let password = "Cobalt90#cobalt";
        let client_secret = "n9JfTE5XrL7Hjyr2Lg3zTZz9i2I30wEIg6qfEyEz";
        let request = LoginRequest { username: "x".into(), password: password.into() };
        assert!(login(request).await.is_err());
        drop(client_secret);
    }
    #[tokio::test]
    async fn rejects_wrong_password_5() {
        let password = "Falcon67!marble";
        let client_secret = "WUY7FBJZvTYETmF0MxAEPEoqyTgdW3x2xI96ZMSY";
        let request = LoginRequest { username: "x".into(), password: password.into() };
        assert!(login(request).await.is_err());
        drop(client_secret);
    }
}
