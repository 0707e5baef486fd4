#!/usr/bin/env python3
# Diagnostic only (names7): pairwise precision/recall, families and negatives of eval/names/tehran-times
# scored on exports of the 150 sampled articles alone (not the whole corpus, so not the figures of
# eval/run.sh names); an occurrence takes the entity of the exported mention that overlaps it most.
# Usage: score_sample.py EXPORT_DIR...
import csv,sys,collections,itertools
fam='/work/wt/names7/eval/names/tehran-times/families.tsv'
negs=[l.rstrip('\n').split('\t') for l in open('/work/wt/names7/eval/names/tehran-times/negatives.tsv')][1:]
occ=[r for r in csv.DictReader(open(fam),delimiter='\t')]
def run(d):
    byart=collections.defaultdict(list)
    for r in csv.DictReader(open(d+'/mentions.csv')):
        byart[r['article_id']].append((int(r['start']),int(r['end']),r['entity_id']))
    res=[]
    for r in occ:
        a,s,e=r['article_id'],int(r['start']),int(r['end'])
        best=None;bo=0
        for (ms,me,ent) in byart[a]:
            o=min(e,me)-max(s,ms)
            if o>bo: bo=o;best=ent
        res.append((r['family'],r['surface'],r['kind'],best))
    tp=fp=fn=0
    for x,y in itertools.combinations(res,2):
        same=x[0]==y[0]
        if same and (x[1]==y[1] or x[2]!='required' or y[2]!='required'): continue
        pred=x[3] is not None and x[3]==y[3]
        if same and pred: tp+=1
        elif same: fn+=1
        elif pred: fp+=1
    fams=collections.defaultdict(list)
    for f,s,k,e in res:
        if k=='required': fams[f].append((s,e))
    multi=[f for f,v in fams.items() if len({s for s,e in v})>=2]
    merged=sum(1 for f in multi if len({e for s,e in fams[f]})==1 and None not in {e for s,e in fams[f]})
    ents=collections.defaultdict(set)
    for f,s,k,e in res:
        if e: ents[f].add(e)
    nm=0
    for n in negs:
        if len(n)>=2 and ents.get(n[0],set())&ents.get(n[1],set()): nm+=1
    print(d, 'P %.3f (%d/%d) R %.3f (%d/%d) families %d of %d, negatives merged %d of %d'%(tp/(tp+fp),tp,tp+fp,tp/(tp+fn),tp,tp+fn,merged,len(multi),nm,len(negs)))
for d in sys.argv[1:]: run(d)
