/// PLACEHOLDER: the HTML writer lands with its own issue.
enum HTMLPlugin {}
