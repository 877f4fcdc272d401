"""save.py NAME URL < json-string-literal  -> raw/NAME.json {url, text}"""
import json, sys
name, url = sys.argv[1], sys.argv[2]
s = sys.stdin.read().strip()
text = json.loads(s)
json.dump({"url": url, "text": text}, open(f"/work/main/tests/real/incoming/rd/tools/raw/{name}.json", "w"), ensure_ascii=False, indent=0)
print(name, len(text), repr(text[-60:]))
