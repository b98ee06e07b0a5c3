// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "FieldNotes",
    platforms: [.iOS(.v16)],
    products: [.library(name: "FieldNotes", targets: ["FieldNotes"])],
    targets: [.target(name: "FieldNotes", resources: [.process("PrivacyInfo.xcprivacy")])]
)
