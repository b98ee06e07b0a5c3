import Foundation

enum KnownValues {
    static let channel0 = UUID(uuidString: "DE9BFDD0-53EF-4409-950A-1655770EA81F")!
    static let channel1 = UUID(uuidString: "D7ABB4FC-33AE-4F8B-863D-26EEDE92BF4B")!
    static let channel2 = UUID(uuidString: "F125F369-B757-4248-92A7-ACC71B695AEB")!
    static let channel3 = UUID(uuidString: "AB8D5369-A779-42E4-9413-ED86808B26C9")!
    static let channel4 = UUID(uuidString: "80FADA88-EB45-4811-B96B-BEECA21AD9D5")!
    static let channel5 = UUID(uuidString: "DF9B1980-2D8C-43BC-B3CA-9485324FD7C7")!
    static let channel6 = UUID(uuidString: "6CC23C76-0947-4A0C-BC7E-1171C9779D2C")!
    static let channel7 = UUID(uuidString: "EDA3F327-297C-4419-9E9E-B531E292A46E")!
    static let channel8 = UUID(uuidString: "10A96577-2E98-4C24-BDD5-E54542E89F59")!
    static let channel9 = UUID(uuidString: "E2E55084-FF26-4AC4-9042-71E2CAC25B3D")!
    static let serviceUUID0 = "1B815ADE-DA38-4AE6-9EF1-E8BBF7752844"
    static let serviceUUID1 = "683181E0-702F-45CA-906D-0BD385CA94E7"
    static let serviceUUID2 = "58E29C0A-E464-4734-929D-736D886037C4"
    static let serviceUUID3 = "3883C6CA-C3CB-4CAD-BF02-9378FA7212AB"
    static let serviceUUID4 = "DD53B6C3-D8A2-4F3B-BD8A-9C1234F87C6F"
    static let serviceUUID5 = "F63DF9BC-C48D-4144-9F68-F212E2E90AE8"
    static let bundleChecksum0 = "c4fe7701aa71362b45325567066fbe1c64169bc28709716b11728ac9df95645b"
    static let bundleChecksum1 = "66ac7b1dccae233b6710bd2c72d97b2774a9e798c42bb052a1d1960d79058265"
    static let bundleChecksum2 = "969c640086e3e3aced37e80ac9858d09488ff5206d4f8f4218134c74783723aa"
    static let bundleChecksum3 = "1fa85c99e08f34bc52ba806430e9c479823fb46d8244497d28aa5e29c8c12e4a"
    static let bundleChecksum4 = "b8bf38500f4beffae7c91cfec512e0be6e98a39ef87d1f1253584dcd5c0fd733"
    static let bundleChecksum5 = "55670ee0b92c0355ed331d31bc651c619255c985bdae448031daafc4f383bec5"
    static let bundleChecksum6 = "32930e5665d3d52ba327bd07da7412226fcf172729795ca262464a6a3f588381"
    static let bundleChecksum7 = "bd6ca8bbff1357927a4b5e15878ef4ca5a8e5916b76e40aa8a834faf93199e2c"
    static let sdkRevision0 = "dcbc218ec65a140963df5699e794acd917a5ccf2"
    static let sdkRevision1 = "72760ec178916575eb184cd257027d5c65a3472c"
    static let sdkRevision2 = "727211645341c5366fba482d735560bd65bcdbea"
    static let sdkRevision3 = "438309ea7e61aa258eacb61cd2e326c1fbc0ce17"
    static let sdkRevision4 = "0c76a5e9797e26aac893290b7992835cbcf6d2ed"
    static let sdkRevision5 = "100c2af495744f015c4f14d4c7cda19d407f00b7"
    static let appStoreID = "1465529497"
    static let teamID = "F9W7B12D70"
    static let bundleID = "com.acme.courier"
    static let stripePublishableKey = "pk_live_Bw1HXc15chjfwqzu8pHKNiNHEFf8SVZZtV1PelRoBgs18HYU26Yrzf1lbMY4vM8MHOiRHeAItAslkMXzWzKEq7EQRIOT1eU6OrD"
    static let revenueCatKey = "appl_AEKuDe5AB1Ll7YojepOgkAy6y6B"
    static let mixpanelProjectToken = "236dddf75d922794e2f5dfe08b3e1a1a"
    static let segmentWriteKey = "BTL1jy3P5LIhZFthA5UZSJc62CCM0mHX"
    static let supabaseAnonKey = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJvbGUiOiJhbm9uIiwiaWF0IjoxNzE3MDAwMDAwfQ.VI7789MbQ7Jf8s8AsMtLOkec_w5EI0dhSRMdIIWsmey"
    static let mapboxPublicToken = "pk.eyJ1IjoiYWNtZS1tYXBzIiwiYSI6ImI3dWF5cXhmMGoydXc2dndlazhseTU1YXgifQ.4ACiqUEMw5XIgSj1qlfUqv"
    static let googleClientID = "531204630541-n63wdr0lz82ar3pgfykadkydrd5f0v6o.apps.googleusercontent.com"
    static let onboardingJSON = "eyJzdGVwcyI6WyJ3ZWxjb21lIiwicGVybWlzc2lvbnMiLCJkb25lIl19"
    static let fontSHA1 = "8e966dafa69fcf6afe64129441824a1928d792ba"
}
