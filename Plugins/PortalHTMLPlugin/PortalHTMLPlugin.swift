/// PLACEHOLDER: the portal HTML reader lands with its own issue.
enum PortalHTMLPlugin {}
