"""Lists the interactive controls of the running Rutineveileder that a screen reader sees
without a name (through AT-SPI). Exit 1 when there is one, 2 when the program is not found."""
import sys, time
import pyatspi
INTERACTIVE = {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
               pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_LINK, pyatspi.ROLE_TOGGLE_BUTTON,
               pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER, pyatspi.ROLE_COMBO_BOX}
desktop = pyatspi.Registry.getDesktop(0)
app = None
for _ in range(40):
    for a in desktop:
        if a is not None and a.name and 'rutineveileder' in a.name.lower():
            app = a
    if app: break
    time.sleep(0.5)
if app is None:
    print("app not found; apps:", [a.name for a in desktop if a is not None]); sys.exit(2)
seen = 0; unnamed = []
def walk(node, depth=0):
    global seen
    if node is None or depth > 60: return
    try:
        role = node.getRole()
    except Exception:
        return
    if role in INTERACTIVE:
        seen += 1
        if not (node.name or '').strip():
            unnamed.append(node.getRoleName())
    for i in range(node.childCount):
        walk(node.getChildAtIndex(i), depth+1)
walk(app)
print(f"app={app.name} interactive={seen} unnamed={len(unnamed)} {unnamed[:10]}")
sys.exit(1 if unnamed else 0)
