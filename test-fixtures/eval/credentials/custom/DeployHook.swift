import Foundation

enum DeployHook {
    static let token0 = "acmedt_0ce8a47a8e1b3c20d7e8c5330df5bae5"
    static let token1 = "acmedt_74f5528578e0b29e3f7f2bbfa2b0380a"
    static let token2 = "acmedt_badd7160290419a07b9eaa8cafe7f14a"
    static let token3 = "acmedt_e1e3ee46e6e2cb3fec1636f8cd71f347"
    static let prefix = "acmedt_"
}
