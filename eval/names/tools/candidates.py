#!/usr/bin/env python3
"""Labelling aid: lists candidate pairs of surface forms (same loose consonant key, one the end of the
other, or same last word) in a seeded sample of articles, with a context for each, for a person to
judge. Candidates only: every family and negative in the sets was judged by reading the forms in context.
Usage: candidates.py CORPUS_JSONL EXPORT_DIR SAMPLE_SIZE SEED OUT_DIR (lexicon path below)."""
import json,csv,random,sys,unicodedata,re,collections,itertools
corpus, export, n, seed, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
arts={};order=[]
for l in open(corpus):
    r=json.loads(l); rid=r['id']
    arts[rid]=r.get('title','')+"\n\n"+(r.get('date','')+"\n\n" if r.get('date') else '')+r['text']; order.append(rid)
ments=collections.defaultdict(list)
for m in csv.DictReader(open(export+'/mentions.csv')):
    ments[m['article_id']].append(m)
have=[a for a in order if a in ments]
rnd=random.Random(seed); sample=sorted(rnd.sample(have, min(n,len(have))))
json.dump(sample, open(out+'/sample.json','w'))
def base(s):
    s=unicodedata.normalize('NFD',s); s=''.join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[’'`ʿʾ‘]","",s)
ART=r"\b(al|el|ad|ar|as|ash|an|at|az|the)[- ]"
def fold(s): return re.sub(r"[^a-z]","",re.sub(ART,"",base(s)))
def toks(s): return [t for t in re.split(r"[^a-z]+",re.sub(ART," ",base(s))) if t]
def sk(s):
    s=re.sub(r"[^a-z]","",s)
    for a,b in [('dh','d'),('th','t'),('kh','k'),('gh','g'),('sh','s'),('ph','f'),('q','k'),('c','k'),('z','d'),('w','v'),('j','g'),('y','')]: s=s.replace(a,b)
    s=re.sub(r'[aeiouh]','',s); return re.sub(r'(.)\1+',r'\1',s)
WORDS=set(w.strip() for w in open('analysis/src/main/resources/dev/gazette/analysis/text/lexicon-en.txt') if w.strip().islower() and not w.startswith(('@','#')))
forms=collections.defaultdict(list)
for a in sample:
    for m in ments[a]: forms[m['surface']].append(m)
F=sorted(forms)
info={f:(fold(f),sk(fold(f)),toks(f)) for f in F}
def ed1(a,b):
    if abs(len(a)-len(b))>1: return False
    if a==b: return True
    i=0
    while i<min(len(a),len(b)) and a[i]==b[i]: i+=1
    return a[i+1:]==b[i+1:] or a[i+1:]==b[i:] or a[i:]==b[i+1:]
pairs={}
# index by skeleton deletions
idx=collections.defaultdict(set)
for f in F:
    s=info[f][1]
    if len(s)<3: continue
    idx[s].add(f)
    for i in range(len(s)): idx[s[:i]+s[i+1:]].add(f)
for g in idx.values():
    for a,b in itertools.combinations(sorted(g),2):
        sa,sb=info[a][1],info[b][1]
        if len(info[a][2])>4 or len(info[b][2])>4: continue
        if sa==sb or (min(len(sa),len(sb))>=5 and ed1(sa,sb)): pairs[(a,b)]=pairs.get((a,b),'key')
# suffix containment and same-last-token
bylast=collections.defaultdict(set)
for f in F:
    t=info[f][2]
    if t and len(t[-1])>=4: bylast[sk(t[-1]) if len(sk(t[-1]))>=4 else t[-1]].add(f)
for g in bylast.values():
    if len(g)>40: continue
    for a,b in itertools.combinations(sorted(g),2):
        ta,tb=info[a][2],info[b][2]
        if (a,b) in pairs: continue
        short,long_=(ta,tb) if len(ta)<=len(tb) else (tb,ta)
        if len(long_)>4: continue
        if short[-1] in WORDS or (len(short)==1 and short[0].capitalize() in WORDS): continue
        K=lambda x: sk(x) if len(sk(x))>=4 else x
        if [K(x) for x in long_[-len(short):]]==[K(x) for x in short]: pairs[(a,b)]='suffix'
        elif 2<=len(ta)<=3 and 2<=len(tb)<=3: pairs[(a,b)]='lastword'
with open(out+'/pairs.txt','w') as w:
    for i,((a,b),why) in enumerate(sorted(pairs.items())):
        ea=collections.Counter(m['entity_id'] for m in forms[a]).most_common(1)[0][0]
        eb=collections.Counter(m['entity_id'] for m in forms[b]).most_common(1)[0][0]
        def ctx(f):
            m=forms[f][0]; t=arts[m['article_id']]; s=int(m['start']); e=int(m['end'])
            return (t[max(0,s-70):s]+'[['+t[s:e]+']]'+t[e:e+50]).replace('\n',' ')
        w.write(f"P{i}\t{why}\t{a}\t{b}\tgaz={'SAME' if ea==eb else 'diff'}\n   A({len(forms[a])}): {ctx(a)}\n   B({len(forms[b])}): {ctx(b)}\n")
print(len(F),"forms",len(pairs),"pairs", collections.Counter(pairs.values()))
