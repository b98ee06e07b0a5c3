import Foundation

enum DeployHook {
    static let token0 = "acmedt_c46bda38c2b5481d849afa9ff98359a6"
    static let token1 = "acmedt_10fceaaf8e7abb44521591020ce8a47a"
    static let token2 = "acmedt_8e1b3c20d7e8c5330df5bae574f55285"
    static let token3 = "acmedt_78e0b29e3f7f2bbfa2b0380abadd7160"
    static let prefix = "acmedt_"
}
