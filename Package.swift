// swift-tools-version: 6.0
import PackageDescription

/// Gazette: converts and preserves Chinese government information-disclosure annual reports.
///
/// `Plugins/` holds Gazette's *format* plugins (readers and writers). They are ordinary library
/// targets with `path: "Plugins/X"`, not SwiftPM package plugins.
let package = Package(
    name: "Gazette",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "gazette", targets: ["gazette"]),
        .library(name: "DocumentModel", targets: ["DocumentModel"]),
        .library(name: "Conversion", targets: ["Conversion"]),
        .library(name: "ReportStructure", targets: ["ReportStructure"]),
        .library(name: "TextPlugin", targets: ["TextPlugin"]),
        .library(name: "PortalHTMLPlugin", targets: ["PortalHTMLPlugin"]),
        .library(name: "JSONPlugin", targets: ["JSONPlugin"]),
        .library(name: "HTMLPlugin", targets: ["HTMLPlugin"]),
        .library(name: "ArchivePlugin", targets: ["ArchivePlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
    ],
    targets: [
        // Core
        .target(name: "DocumentModel"),
        .target(name: "CEncodingTables"),
        .target(
            name: "Conversion",
            dependencies: [
                "DocumentModel", "CEncodingTables",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(name: "ReportStructure", dependencies: ["DocumentModel"]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CZlib", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        .systemLibrary(
            name: "CLibDeflate", pkgConfig: "libdeflate",
            providers: [.apt(["libdeflate-dev"]), .brew(["libdeflate"])]
        ),

        // Format plugins
        .target(
            name: "TextPlugin",
            dependencies: ["DocumentModel", "Conversion", "ReportStructure"],
            path: "Plugins/TextPlugin"
        ),
        .target(
            name: "PortalHTMLPlugin",
            dependencies: ["DocumentModel", "Conversion", "ReportStructure", "CLibXML2"],
            path: "Plugins/PortalHTMLPlugin"
        ),
        .target(
            name: "JSONPlugin",
            dependencies: ["DocumentModel", "Conversion"],
            path: "Plugins/JSONPlugin"
        ),
        .target(
            name: "HTMLPlugin",
            dependencies: ["DocumentModel", "Conversion"],
            path: "Plugins/HTMLPlugin"
        ),
        .target(
            name: "ArchivePlugin",
            dependencies: [
                "DocumentModel", "Conversion", "CZlib", "CLibDeflate",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Plugins/ArchivePlugin"
        ),

        // The command-line tool: the one place that lists the built-in plugins.
        .executableTarget(
            name: "gazette",
            dependencies: [
                "DocumentModel", "Conversion", "ReportStructure",
                "TextPlugin", "PortalHTMLPlugin", "JSONPlugin", "HTMLPlugin", "ArchivePlugin",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Tests
        .target(
            name: "TestSupport",
            dependencies: ["DocumentModel", "Conversion"],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "DocumentModelTests", dependencies: ["DocumentModel", "TestSupport"]),
        .testTarget(name: "ConversionTests", dependencies: ["Conversion", "TestSupport"]),
        .testTarget(name: "ReportStructureTests", dependencies: ["ReportStructure", "Conversion", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "TextPluginTests", dependencies: ["TextPlugin", "TestSupport"]),
        .testTarget(name: "PortalHTMLPluginTests", dependencies: ["PortalHTMLPlugin", "TextPlugin", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "JSONPluginTests", dependencies: ["JSONPlugin", "TextPlugin", "TestSupport"]),
        .testTarget(name: "HTMLPluginTests", dependencies: ["HTMLPlugin", "TextPlugin", "JSONPlugin", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "ArchivePluginTests", dependencies: ["ArchivePlugin", "TextPlugin", "JSONPlugin", "HTMLPlugin", "TestSupport", .product(name: "Crypto", package: "swift-crypto")], exclude: ["Fixtures"]),
        .testTarget(name: "GazetteCLITests", dependencies: ["TestSupport"]),
    ]
)
