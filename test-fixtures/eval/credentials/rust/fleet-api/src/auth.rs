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
        let password = "Saffron27%winter";
        let client_secret = "MeEdCMjmrp2mKU4TPplWFbOCmbIhR2gzbNNBr2Ol";
        let request = LoginRequest { username: "x".into(), password: password.into() };
        assert!(login(request).await.is_err());
        drop(client_secret);
    }
    #[tokio::test]
    async fn rejects_wrong_password_1() {
        let password = "Cobalt37!velvet";
        let client_secret = "5XrL7Hjyr2Lg3zTZz9i2I30wEIg6qfEyEzGlCN6c";
        let request = LoginRequest { username: "x".into(), password: password.into() };
        assert!(login(request).await.is_err());
        drop(client_secret);
    }
    #[tokio::test]
    async fn rejects_wrong_password_2() {
        let password = "Marble73%juniper";
        let client_secret = "TYETmF0MxAEPEoqyTgdW3x2xI96ZMSYIYMg01b8L";
        let request = LoginRequest { username: "x".into(), password: password.into() };
        assert!(login(request).await.is_err());
        drop(client_secret);
    }
    #[tokio::test]
    async fn rejects_wrong_password_3() {
        let password = "Cobalt80$falcon";
        let client_secret = "puYHu1kXTvTyfDzJsDaEq9yIK5y7rodRwtZDoATn";
        let request = LoginRequest { username: "x".into(), password: password.into() };
        assert!(login(request).await.is_err());
        drop(client_secret);
    }
    #[tokio::test]
    async fn rejects_wrong_password_4() {
        let password = "Juniper45#velvet";
        let client_secret = "GLYMSfUbDTgLmTGtapF9CMgdIwKUDxdU1neckWe2";
        let request = LoginRequest { username: "x".into(), password: password.into() };
        assert!(login(request).await.is_err());
        drop(client_secret);
    }
    #[tokio::test]
    async fn rejects_wrong_password_5() {
        let password = "Juniper42%winter";
        let client_secret = "TrWmUsAocudEjCz6stqJE7VaFCm1VxEnPndTXIVD";
        let request = LoginRequest { username: "x".into(), password: password.into() };
        assert!(login(request).await.is_err());
        drop(client_secret);
    }
}
