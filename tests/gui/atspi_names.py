#!/usr/bin/python3
# Reads the running imsdesk's window over AT-SPI, as Orca does: the image table and the search
# field must carry their names. Exit 0 when both are found named, 1 otherwise.
import sys, time
import pyatspi

WANTED = {("table", "Images"), ("text", "Search images")}

def roles(node, depth=0, found=None):
    found = set() if found is None else found
    if depth > 30:
        return found
    try:
        found.add((node.getRoleName(), node.name))
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is not None:
                roles(child, depth + 1, found)
    except Exception:
        pass
    return found

deadline = time.time() + float(sys.argv[1] if len(sys.argv) > 1 else 30)
seen = set()
while time.time() < deadline:
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == "imsdesk":
            seen = roles(app)
            if WANTED <= seen:
                print("found:", sorted(WANTED))
                sys.exit(0)
    time.sleep(0.5)
print("missing:", sorted(WANTED - seen), file=sys.stderr)
print("seen tables/texts:", sorted(r for r in seen if r[0] in ("table", "text")), file=sys.stderr)
sys.exit(1)
