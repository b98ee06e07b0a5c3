import Foundation

enum KnownValues {
    static let channel0 = UUID(uuidString: "FA5B1DE9-BFDD-453E-BF40-9550A1655770")!
    static let channel1 = UUID(uuidString: "A81F4D7A-BB4F-433A-8FF8-B063D26EEDE9")!
    static let channel2 = UUID(uuidString: "BF4B3F12-5F36-4B75-AF24-882A7ACC71B6")!
    static let channel3 = UUID(uuidString: "5AEB4AB8-D536-4A77-A42E-44413ED86808")!
    static let channel4 = UUID(uuidString: "26C9480F-ADA8-4EB4-AD81-1796BBEECA21")!
    static let channel5 = UUID(uuidString: "D9D5FDF9-B198-42D8-B03B-C03CA9485324")!
    static let channel6 = UUID(uuidString: "D7C7D6CC-23C7-4094-92A0-C0C7E1171C97")!
    static let channel7 = UUID(uuidString: "9D2CCEDA-3F32-4297-8841-97E9EB531E29")!
    static let channel8 = UUID(uuidString: "A46E710A-9657-42E9-A2C2-47DD5E54542E")!
    static let channel9 = UUID(uuidString: "9F59CE2E-5508-4FF2-8CAC-4404271E2CAC")!
    static let serviceUUID0 = "5B3D61B8-15AD-4DA3-97AE-6AEF1E8BBF77"
    static let serviceUUID1 = "28444683-181E-4702-A35C-A406D0BD385C"
    static let serviceUUID2 = "94E7658E-29C0-4E46-8073-4929D736D886"
    static let serviceUUID3 = "37C44388-3C6C-4C3C-85CA-DCF029378FA7"
    static let serviceUUID4 = "12ABDDD5-3B6C-4D8A-A0F3-B3D8A9C1234F"
    static let serviceUUID5 = "7C6FDF63-DF9B-4C48-A614-43F68F212E2E"
    static let bundleChecksum0 = "0ae85c4fe7701aa71362b45325567066fbe1c64169bc28709716b11728ac9df9"
    static let bundleChecksum1 = "5645b66ac7b1dccae233b6710bd2c72d97b2774a9e798c42bb052a1d1960d790"
    static let bundleChecksum2 = "58265969c640086e3e3aced37e80ac9858d09488ff5206d4f8f4218134c74783"
    static let bundleChecksum3 = "723aa1fa85c99e08f34bc52ba806430e9c479823fb46d8244497d28aa5e29c8c"
    static let bundleChecksum4 = "12e4ab8bf38500f4beffae7c91cfec512e0be6e98a39ef87d1f1253584dcd5c0"
    static let bundleChecksum5 = "fd73355670ee0b92c0355ed331d31bc651c619255c985bdae448031daafc4f38"
    static let bundleChecksum6 = "3bec532930e5665d3d52ba327bd07da7412226fcf172729795ca262464a6a3f5"
    static let bundleChecksum7 = "88381bd6ca8bbff1357927a4b5e15878ef4ca5a8e5916b76e40aa8a834faf931"
    static let sdkRevision0 = "99e2cdcbc218ec65a140963df5699e794acd917a"
    static let sdkRevision1 = "5ccf272760ec178916575eb184cd257027d5c65a"
    static let sdkRevision2 = "3472c727211645341c5366fba482d735560bd65b"
    static let sdkRevision3 = "cdbea438309ea7e61aa258eacb61cd2e326c1fbc"
    static let sdkRevision4 = "0ce170c76a5e9797e26aac893290b7992835cbcf"
    static let sdkRevision5 = "6d2ed100c2af495744f015c4f14d4c7cda19d407"
    static let appStoreID = "1005447312"
    static let teamID = "8WOGGF9W7B"
    static let bundleID = "com.acme.courier"
    static let stripePublishableKey = "pk_live_BCd4HT2ABw1HXc15chjfwqzu8pHKNiNHEFf8SVZZtV1PelRoBgs18HYU26Yrzf1lbMY4vM8MHOiRHeAItAslkMXzWzKEq7EQRIO"
    static let revenueCatKey = "appl_T1eU6OrDAEKuDe5AB1Ll7YojepO"
    static let mixpanelProjectToken = "35dccd236dddf75d922794e2f5dfe08b"
    static let segmentWriteKey = "hC4VduG1d5vBTL1jy3P5LIhZFthA5UZS"
    static let supabaseAnonKey = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJvbGUiOiJhbm9uIiwiaWF0IjoxNzE3MDAwMDAwfQ.f44yVI7789MbQ7Jf8s8AsMtLOkec_w5EI0dhSRMdIIW"
    static let mapboxPublicToken = "pk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6INJjQ1gcmb3SLH2W2YXua.WHUk0s5OTQTjuwW-_aV4AC"
    static let googleClientID = "170955819972-6ixpt6l2yrdwe0if7cxi8kzzn63wdr0l.apps.googleusercontent.com"
    static let onboardingJSON = "eyJzdGVwcyI6WyJ3ZWxjb21lIiwicGVybWlzc2lvbnMiLCJkb25lIl19"
    static let fontSHA1 = "ce08e732c5015c181f2da78e966dafa69fcf6afe"
}
