<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>CLI</name>
    <message>
        <source>array {shape}</source>
        <extracomment>the exit status after the reader of our output went away: a Unix tool killed by SIGPIPE ends with 128 + 13, so `set -o pipefail` scripts see the same as with `cat`</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output {label} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;-- exceeds the tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient check passed (mean |backprop - numerical| per node, tolerance {tolerance:g})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient check FAILED (mean |backprop - numerical| per node, tolerance {tolerance:g})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}: train accuracy {train}, test accuracy {test} ({rate} iterations/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> test {acc:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> | epoch {epoch} train {acc:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss {loss:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <source>pred {digit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true {digit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train, or pause a run, to see which digits the net confuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test set at iteration {iteration:,}: {right:,} of {total:,} right ({share:.1%}). Rows: the true digit; columns: what the net predicted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Download</name>
    <message>
        <source>refused: MNIST mirrors must use https:// (plain http is allowed only to this machine, e.g. http://127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no download mirrors given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused the file name {name!r}: it must be a plain file name, not a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no md5 sum known for {name}; refusing to download a file that cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s md5 is {got}, expected {expected}: the download is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {name} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server offers {total:,} bytes; an MNIST file is under {limit:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transfer broke off ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent more than {limit:,} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transfer broke off after {done:,} of {total:,} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused a redirect to {url} (not https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out (no network, or the server is not answering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused (nothing is listening there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not download {name} from any mirror:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this machine is offline or the mirrors are down, download the four files ({files}) by hand from one of these mirrors into a folder and pass --data DIR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadThread</name>
    <message>
        <source>Downloading {name} ({index} of {count}): {done:.1f} of {total:.1f} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading {name} ({index} of {count}): {done:.1f} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded MNIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error: {kind}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>There is no op called {name}.</source>
        <extracomment>how far a duplicate lands from its original</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select nodes or edges to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not renamed: {problem}; the old label is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make {label} the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this edge already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move edge to {target}.{port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select nodes to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard does not hold nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select nodes to duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>its value cannot be used: {problem}</source>
        <extracomment>where backward started: the named output, else every sink</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its value {shape} does not fit in this computer&apos;s memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is part of a cycle (or fed by one), so it has no order to run in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{node}: input {port} is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{node}: input {port} waits for {source}, which could not compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{node}: this computer ran out of memory computing its result ({shapes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{node}: backward failed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{node}: this computer ran out of memory computing its gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{node}: the gradient arriving at the output is {grad_shape} but the output is {shape}; give a number or an array of the output&apos;s shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{port} is {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} NaN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} infinite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{node}: its output has {parts} value(s) although its inputs are finite (overflow, log of 0 or division by 0?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its result {shape} would need {need}; this computer has {have}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>{file}: the graph has no nodes, so there is nothing to explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (figure {figure})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Backprop Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop Studio graphs (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not opened; the current graph is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened sample {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fig. {figure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save graph as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}

Your changes are not saved; they are still open here. Try File ▸ Save As… with another name or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node</source>
        <extracomment>the optional header fields, in the order files write them (version 1 files without them still load: they have no figure, and every sink is an output with the gradient 1) what the items of each list in a graph file are called in messages: (one, many)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many {things}: the file has {count:,}, but a graph may have at most {limit:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at}: {count:,} {things}, but a {key} may have at most {limit:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at}: {count:,} {things}, but a {key} needs at least {limit:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at}: {a_key} cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at}: {count:,} characters, but {a_key} may have at most {limit:,} (&quot;{value}&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at}: {count:,} characters, but {a_key} needs at least {limit:,} (&quot;{value}&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name!r} is a required property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not of type {types}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional properties are not allowed ({names} was unexpected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional properties are not allowed ({names} were unexpected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows; write a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is {size:.0f} MB; graph files are limited to {limit} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: {problem} at line {line}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold one JSON object with &quot;format&quot;: &quot;{format}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Backprop Studio graph file (&quot;format&quot; is {found}, expected &quot;{format}&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {found} is not supported; this Backprop Studio reads version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at}: unknown node type &quot;{type}&quot; (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at}: duplicate id; another node already uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at}: source &quot;{id}&quot; is not a node in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at}: target &quot;{id}&quot; is not a node in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{at}: input {port} of {node} already has an edge; a port takes one edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header: output &quot;{id}&quot; is not a node in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save ({reason}); the file on disk is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gradcheck</name>
    <message>
        <source>numerical: {passes:,} forward passes, {numerical}; backprop: one backward pass, {backprop}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all {n:,} elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{k:,} of {n:,} elements, sampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gradient (it feeds no computed output, or is class indices)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradcheckDialog</name>
    <message>
        <source>Check Gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each source&apos;s gradient by backprop (one backward pass gives all of them) against numerical differentiation, (f(x + h) − f(x − h)) / 2h, which needs two forward passes for every element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every element (slow for large arrays; by default {n} sampled per array)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean |difference|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not run: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerical: {passes:,} forward passes, {numerical}. Backprop: one backward pass, {backprop}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the rows above are what was compared so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The graph cannot compute: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed: backprop agrees with numerical differentiation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED for {nodes}: backprop and numerical differentiation disagree.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Graph</name>
    <message>
        <source>a label cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label may have at most {limit} characters, and this one has {count:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many nodes: a graph holds at most {limit:,}, and this one would have {count:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many edges: a graph holds at most {limit:,}, and this one would have {count:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{node} has no input port {port!r} (ports: {ports})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node cannot feed itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} already depends on {target}: this edge would make a cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown node type {type!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node with id {id!r} already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node id has 1 to {limit} characters, not {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input {port} of {node} is already connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input {port} of node {id!r} is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no node with id {id!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the graph&apos;s output before the gradient arriving at it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {what} holds a lone surrogate escape (\u{code:04x}), which is not a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position must be two finite numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphScene</name>
    <message>
        <source>{label} (output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value and gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The {which} here is not a finite number (∞ or NaN). The node outlined in amber is where it started: an overflow, a log of 0 or a division by 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HyperparameterForm</name>
    <message>
        <source>Hidden size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Init std</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units in the hidden layer of a two-layer net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate: W ← W − lr·dW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images per minibatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minibatch updates to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights start as normal(0, std²); biases start at zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seeds the initial weights and the batch order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>float32 trains faster; float64 is the book&apos;s precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as graph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one node to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag ops from the palette (or press Tab on the canvas), drag from an output port to an input port to connect, double-click a node&apos;s name to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(id {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Korean needs a font that can draw Hangul (e.g. Noto Sans CJK KR or NanumGothic), and none is installed: the app stays in English.</source>
        <extracomment>each language by its own name: the menu shows them so whatever the app speaks</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MNIST</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is named .gz but is not gzip-compressed (rename it without .gz if it is a raw IDX file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decompressed data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip data is corrupt or cut short ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {what} is too short for an IDX {kind}-file header ({got} bytes; the header is {size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header declares no {kinds} (a count of 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header declares {count:,} {kinds}, more than the {limit:,} this loader accepts; the header is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header declares images of {rows:,} x {cols:,} pixels; MNIST images are 28 x 28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is truncated: the header declares {count:,} {kinds} ({payload:,} bytes) but the {what} cannot hold that many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is truncated: the header declares {count:,} {kinds} but the {what} holds only {size:,} of their {payload:,} bytes ({got:,} whole {kinds})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has trailing data after the {count:,} {kinds} the header declares; the file is corrupt or not a single IDX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not start with the IDX {kind}-file magic number {expected} (it starts with {found})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; this looks like a label file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; this looks like an image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; this looks gzip-compressed: name it with a .gz suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}[{i:,}] is {value}; MNIST labels are the digits 0-9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a folder (nor an .npz file); pass --data DIR with the folder that holds the four MNIST files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds {labels:,} labels but {name} holds {images:,} images; the counts must be equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read as an .npz archive ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {split} arrays changed shape while being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x_{split} holds {images:,} images but y_{split} holds {labels:,} labels; the counts must be equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no array &apos;{key}&apos;; an MNIST .npz holds {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array &apos;{key}&apos; uses .npy format version {version}, which this loader does not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uint8 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integer labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array &apos;{key}&apos; has dtype {dtype}; expected {want}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(N, 28, 28) or (N, 784)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array &apos;{key}&apos; has shape {shape}; expected {want}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array &apos;{key}&apos; holds {count:,} items; expected 1 to {limit:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist, so the MNIST files are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST files are missing from the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {names}. Pass --data DIR with a folder holding the four MNIST files ({files}, each .gz or raw) or an {npz}, or let Backprop Studio download them (train --download, or Download in the Training panel)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (+{count} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output {label} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ a gradient is not finite (∞ or NaN): backward overflowed or divided by 0 (see the amber labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag ops from the palette, or press Tab on the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output {label} cannot compute, so there are no gradients to show: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the &amp;Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the &amp;Output (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the unsaved changes autosaved before the crash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one node to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one node to make it the graph&apos;s output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arranged the graph; Edit ▸ Undo puts it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <extracomment>every action&apos;s text by the window attribute that holds it: `retranslate` sets them all, at the start and whenever the language changes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Image as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Image as S&amp;VG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as P&amp;ython…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Op…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rrange the Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xit Step Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train on MNIST…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Gradients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Backprop Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>the menus&apos; titles, by the window attribute that holds each menu</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Op Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drag from an output port to an input port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move an edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drag it off its input port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drag on empty canvas; Ctrl or Shift adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>middle-drag, or Space and drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mouse wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Backprop Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Backprop Studio {version}&lt;/h3&gt;&lt;p&gt;See backpropagation happen: build computational graphs and watch values flow forward and gradients flow backward, as chapter 5 of &lt;i&gt;Deep Learning from Scratch&lt;/i&gt; (밑바닥부터 시작하는 딥러닝, Koki Saito) teaches it.&lt;/p&gt;&lt;p&gt;MIT licence. Python, NumPy, PySide6 (Qt) and pyqtgraph.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MistakesView</name>
    <message>
        <source>Misclassified test digits appear here after training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wrong:,} of {total:,} test digits are misclassified at iteration {iteration:,}; the first {shown} are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wrong:,} of {total:,} test digits are misclassified at iteration {iteration:,}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pred {said}
true {true}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test digit #{index}: the net says {said}, the label says {true}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>{shape} empty</source>
        <extracomment>arrays with at most this many elements are shown in full</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <extracomment>one result may take at most this share of the memory the computer (or the container it runs in) has: the rest is for the other values, the gradients and everything else</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpSearchPopup</name>
    <message>
        <source>Add op…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter adds · Esc closes · F2 renames a selected node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No op matches “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>no inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search ops…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelFiles</name>
    <message>
        <source>Parameters (*.npz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} lacks {files}: choose another folder, or Download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST found in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the parameters to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the curves to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST is already in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading MNIST into {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST downloaded into {folder}. Start when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not download MNIST: {error}. Choose a folder that already holds the four MNIST files instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>⚠ Autosave failed, so a crash would lose the unsaved changes: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large to be a recovery file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable recovery file ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Backprop Studio recovery file of a known version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backprop Studio did not close normally. Unsaved changes to {name} were autosaved at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore them, or discard them for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}

The file was kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunList</name>
    <message>
        <source>Runs: tick to show, untick to hide; F2 or a double-click renames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — did not learn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunNames</name>
    <message>
        <source>lr {value}</source>
        <extracomment>weight of the newest loss in the moving average (about a 10-iteration window: enough to see the trend through the batch noise without lagging behind it) the settings that name a run, in the order its name lists them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>std {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shapes</name>
    <message>
        <source>{name} is {sx} but t is {st} — t must be one-hot {sx} or class indices {indices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {sx} but must be scores (classes,) or (batch, classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t holds class indices that are not whole numbers in 0..{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{a} is {sa} but {b} is {sb} — they cannot broadcast together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x is {sx} but W is {sW} — x&apos;s last axis must equal W&apos;s first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W is {sW} but must be a matrix (in, out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x is a scalar but must be a vector or a batch of rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b is {sb} but W is {sW} — b must be a vector of {n}, one per output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x is {sx} and W is {sW} — dot takes vectors and matrices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>axis {axis} does not exist for x of shape {sx}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>iteration {iteration} / {iterations}  ·  epoch {epoch}  ·  {rate} it/s  ·  elapsed {elapsed}  ·  ETA {eta}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{iteration} / {iterations} it · epoch {epoch} · {rate} it/s · {elapsed} · ETA {eta}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{iteration} / {iterations} · ep {epoch} · {rate}/s · ETA {eta}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{iteration} / {iterations} · ETA {eta}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at iteration {iteration:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished {count:,} iterations in {seconds:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}, but the net did not learn: test accuracy {accuracy:.1%} (chance is 10%), loss still {loss:.2f}. This usually means the learning rate is too large (the book uses 0.1), or the run was too short: try a smaller learning rate, or more iterations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}: test accuracy {accuracy:.1%}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit step mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phase} {number} / {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Step mode needs a graph: add nodes from the palette first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step mode ended: the graph is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step mode ended: another graph was opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message>
        <source>training needs one loss as the graph&apos;s output, but it has no output</source>
        <extracomment>ops in a chain longer than this are summarised with &quot;…&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training needs one loss as the graph&apos;s output, but it has several outputs: {nodes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training needs exactly one {type} node feeding {loss}, but the graph has {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Parameter node feeds {loss}: there is nothing to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a hidden size can only be set for a two-layer net (two Affine layers, each with Parameter W and b, one feeding the other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score node did not compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot save the parameters ({reason}); the file on disk is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no such parameters file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not a parameters file (.npz): {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: holds {label!r}, which is not a parameter of this graph (its parameters: {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: has no array for parameter {label!r} (it holds {stored})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {label} is {file_shape} in the file but {shape} in the graph (another hidden size?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {label} holds {dtype} values, not numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {label} holds NaN or infinite values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two parameters are labelled {label!r}; parameter files key arrays by label, so give them different labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{images:,} training images but {labels:,} labels; they must match and not be empty</source>
        <extracomment>pause and stop requests: given by the caller to make them before this exists</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test images and test labels must both be given, and match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shuffled epochs need a batch size ≤ the {images:,} training images, not {batch:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must hold one image per row, but it is {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{node} has a fixed value of shape {shape}; it cannot become {new} for hidden size {hidden}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loss has no x input, so there are no scores to predict from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the labels must be classes 0 to {last}, as the labels node&apos;s one-hot rows have {classes} columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped at iteration {iteration:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loss did not compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infinite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the loss became {kind} at iteration {iteration:,} with learning rate {lr:g}; training stopped. Try a smaller learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished {count:,} iterations in {seconds:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be a whole number ≥ {low}, not {value!r}</source>
        <extracomment>seeds the weight initialization and the batch order; None draws a fresh seed False: the book&apos;s sampling, a random choice of batch_size images every iteration; True: shuffled epochs, every image once per epoch train and test accuracy before the first update (epoch 0) and once per epoch</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eval batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the learning rate must be a finite number &gt; 0, not {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight init std must be a finite number ≥ 0, not {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dtype must be float32 or float64, not {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainedNetwork</name>
    <message>
        <source>the graph on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two-layer-net sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network to train: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Trains&lt;/b&gt; {source}: {chain} &lt;span style=&apos;color: gray&apos;&gt;(parameters {labels})&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <source>the folder with the four MNIST files (.gz or raw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download MNIST (about 11 MB) into this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop, and forget the trained parameters (the curves stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save parameters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load parameters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <source>Loss</source>
        <extracomment>one colour per run, in order (Tableau&apos;s palette: distinct on white and on dark grey) milliseconds between two redraws of the plots while data streams in: drawing is the GUI&apos;s most expensive work and holds the GIL that the training thread needs too the loss axis never grows past this (a diverging run&apos;s huge losses would flatten the rest)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss (cross-entropy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss: bold smoothed, faint each batch. Accuracy: solid test, dashed train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export the plots as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export every run&apos;s points as a CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss NaN at iteration {iteration:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did not learn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Training {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analysis: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data folder and settings, then Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST is not in {folder} (missing {files}). Choose the folder that holds the four MNIST files, or click Download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading parameters needs the MNIST test set; it is not in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading MNIST from {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training {name} on {count:,} images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused at iteration {iteration:,}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset: the next Start trains from freshly initialized weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training stopped: the panel was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded {name}: test accuracy {accuracy:.1%}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the curves of {count} run(s)? They cannot be brought back; export them first (CSV or PNG) to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <source>stopped before the first iteration</source>
        <extracomment>where downloads fetch from and the md5 sums they check (None: core&apos;s defaults)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped before the parameters were loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download ended early</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingTabs</name>
    <message>
        <source>Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-layer weights</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingThread</name>
    <message>
        <source>not enough memory for this data set and dtype</source>
        <extracomment>seconds between two progress batches: 10 GUI updates per second (the cap is 20; each update takes the GIL from the training thread, so fewer is faster and still looks live)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error: {kind}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>{where} is {value}, too large to hold exactly</source>
        <extracomment>no literal may hold more elements than this (a 20M float64 array is 160 MB)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is {value!r}; only finite numbers are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is nested more than {levels} levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is ragged: {where}[{i}] has shape {shape} but {where}[0] has {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} must be a number or a list of numbers, not {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is nested more than {levels} levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {text!r} as a number, a vector or a matrix (try 3.5, [1, 2] or 1 2; 3 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape {text!r} must be whole numbers like 2, 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be one of {choices}, not {value!r}</source>
        <extracomment>the kinds of parameter, and what each holds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has more than {limit:,} elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be a finite number, not {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be a finite number ≥ {low:g}, not {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be a whole number, not {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be a whole number ≥ {low:g}, not {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be a whole number or null, not {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be a number, not {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {text!r} must be a whole number or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {text!r} must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be a list of at most {count} whole numbers ≥ 0, not {shape!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {shape} has {size:,} elements; the limit is {limit:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parameter {name!r} for {type}</source>
        <extracomment>the editable parameters, in the order files and the inspector show them the parameters of a new node of this type (built from `params_spec`) which inputs the next `backward` must give a gradient for; the engine sets it. An op may skip the work for an input marked False and return None for it (training needs no gradient for the images, only for the weights).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name!r} has no meaning for {other} {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} needs {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <source>The first layer&apos;s weights appear here as 28 × 28 images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network has no layer with one weight per pixel (784 rows), so there are no weight images to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: each hidden unit&apos;s 784 incoming weights as a 28 × 28 image, iteration {iteration:,} (red positive, blue negative, white zero).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>categories</name>
    <message>
        <source>Sources</source>
        <extracomment>each category&apos;s name for people (the palette&apos;s groups), read with translate(&quot;categories&quot;, …)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arithmetic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primitives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>fixed</source>
        <extracomment>how the inspector names each init and each role, read with translate(&quot;choices&quot;, …) and translate(&quot;roles&quot;, …); files keep the English words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>delete {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete {count} edge(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move {count} node(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect {source} → {target}.{port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gestures</name>
    <message>
        <source>Cannot connect: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release to replace the edge from {old} into {target}.{port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release to connect {source} → {target}.{port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected {source} → {target}.{port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these ports do not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>narration</name>
    <message>
        <source>{out} = {symbol}({args}) = {outv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{x} = {xv}: a constant the graph starts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{x} = {xv}: a parameter, which training learns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{x} = {xv}: the input data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{x} = {xv}: the labels, given and never learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{x} = {xv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out}: first y = softmax({x}) = {yv}, then the cross-entropy error −Σ {t} · log(y + δ) / N with δ = {delta}, N = {n}: {out} = {outv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out} = −Σ {t} · log({y} + δ) / N = −Σ {tv} · log({yv} + {delta}) / {n} = {outv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out} = Σ {x}, the sum of every element: Σ {xv} = {outv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out} = Σ {x} along axis {axis}: {sx} → {so} = {outv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out} = {x} × {y} = {xv} × {yv} = {outv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out} = {x} + {y} = {xv} + {yv} = {outv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out} = ReLU({x}) = max(0, {xv}) = {outv}: what is above 0 passes, the rest becomes 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out} = σ({x}) = 1 / (1 + exp(−{x})) = σ({xv}) = {outv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out} = exp({x}) = exp({xv}) = {outv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out} = log({x}) = log({xv}) = {outv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out} = 1 / {x} = 1 / {xv} = {outv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out} = {x}² = {xv}² = {outv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out} = {x} · {W}, the matrix product: {sx}·{sW} → {so} = {outv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out} = {x} · {W} + {b}: {sx}·{sW} + {sb} → {so} = {outv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out} = softmax({x}) = exp({x}) / Σ exp({x}) = softmax({xv}) = {outv}: probabilities that sum to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} via {node}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lhs} = {dxv}, sent back by {node}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{t} is given (the labels): nothing flows back into it, so it has no gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× swaps its inputs: {lhs} = {dup} × {other} = {upv} × {otherv} = {dxv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× swaps its inputs; {x_} was broadcast, so the product is summed back {raw} → {sdx}: {lhs} = Σ {dup} × {other} = Σ {upv} × {otherv} = {dxv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ passes the upstream gradient on unchanged: {lhs} = {dup} = {dxv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ passes the upstream gradient on; {x_} was broadcast, so it is summed back {su} → {sdx}: {lhs} = Σ {dup} = {dxv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU passes the gradient where x &gt; 0, and here {x} = {xv} &gt; 0: {lhs} = {dup} = {dxv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU blocks the gradient where x ≤ 0, and here {x} = {xv} ≤ 0: {lhs} = 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU passes the gradient where {x} &gt; 0 and blocks it where {x} ≤ 0, mask = {mask}: {lhs} = {dup} × mask = {upv} × {mask} = {dxv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU passes the gradient where {x} &gt; 0 and blocks it where {x} ≤ 0 ({passed} of {size} elements pass): {lhs} = {dup} × ({x} &gt; 0) = {dxv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ needs only its output y: {lhs} = {dup} × y(1 − y) = {upv} × {yv} × {one_minus_y} = {dxv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exp is its own derivative: {lhs} = {dup} × exp({x}) = {upv} × {yv} = {dxv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the derivative of log x is 1/x: {lhs} = {dup} / {x} = {upv} / {xv} = {dxv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the derivative of 1/x is −1/x² = −y²: {lhs} = {dup} × (−y²) = {upv} × (−{yv}²) = {dxv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the derivative of x² is 2x: {lhs} = {dup} × 2{x} = {upv} × 2 × {xv} = {dxv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lhs} = {dup} · {W}ᵀ: {su}·{sWT} → {sdx} = {dxv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lhs} = {x}ᵀ · {dup}: {sxT}·{su1} → {sdx} = {dxv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{b} was added to every row, so its gradient is the sum over the batch axis: {lhs} = Σ {dup}: {su} → {sdx} = {dxv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{b} was added once (a single row): {lhs} = {dup} = {dxv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Σ copies the upstream gradient to every element: {lhs} = {upv} copied to {sdx} = {dxv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lhs} = −log(y + δ) / N × {dup} = {dxv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax-with-Loss sends back (y − t) / N, with y = {ysum} and N = {n}: {lhs} = ({yv} − {tv}) / {n} = {dxv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax-with-Loss sends back (y − t) / N times the upstream gradient, with y = {ysum} and N = {n}: {lhs} = {dup} × ({yv} − {tv}) / {n} = {upv} × ({yv} − {tv}) / {n} = {dxv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every y depends on every score, so {lhs} = y ⊙ ({dup} − Σ {dup} ⊙ y) = {yv} ⊙ ({upv} − {s}) = {dxv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the derivative of −t · log(y + δ) is −t / (y + δ): {lhs} = {dup} × (−{tv} / ({yv} + {delta})) / {n} = {dxv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward: no output is named, so each of the {count} sinks ({names}) is an output and starts with the gradient 1. L is their sum: where their paths meet, the gradients from the different outputs are summed</source>
        <extracomment>what the canvas shows from this step on: (&quot;value&quot;, node id), (&quot;grad&quot;, edge id) or, for where backward starts, (&quot;grad&quot;, output node id)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward starts at the output {out} with the gradient that arrives from the rest of a larger graph: {d} = {seed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward starts at the output {out}, which is not one number: L is the sum of its elements, so {d} = {seed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backward starts at the output {out}: {d} = {seed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{x} feeds {count} nodes, so its gradient is the sum of what each sends back: {d} = {terms} = {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>forward y = exp(x) / Σ exp(x) along the last axis; backward dx = y·(dout - Σ dout·y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward -Σ t·log(y + delta) / N; backward dy = -t / (y + delta) / N (t is given: no gradient)</source>
        <extracomment>ports whose input is given, not learned: backward sends nothing into them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward x·y; backward dx = dout·y, dy = dout·x (the inputs swap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward x + y; backward dx = dout, dy = dout (passed on unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward max(0, x); backward dout where x &gt; 0, else 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward y = 1 / (1 + exp(-x)); backward dout·y·(1 - y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward x·W + b; backward dx = dout·Wᵀ, dW = xᵀ·dout, db = dout summed over the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward softmax then cross-entropy, averaged over the batch; backward dx = (y - t) / N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward x²; backward dout·2x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward exp(x); backward dout·exp(x) (its own output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward log(x); backward dout / x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward y = 1/x; backward -dout·y² (= -dout / x²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward x·W (matrix product); backward dx = dout·Wᵀ, dW = xᵀ·dout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward the sum of x&apos;s elements (or along an axis); backward dout copied to every element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fixed value; its gradient shows how the output would change with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value training changes: W ← W - lr·dW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input data; the trainer puts each batch of images here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target labels (one-hot or class indices); the trainer puts each batch&apos;s here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>param_fields</name>
    <message>
        <source>empty for all axes</source>
        <extracomment>literals up to this many numbers are edited in the text box straight away literals up to this many numbers may be opened as text on request</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2, 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3.5   or   [1, 2]   or   1 2; 3 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count:,} numbers are too many to edit as text; set them with an initializer (init: normal or zeros) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shape} array of {count:,} numbers, from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>params</name>
    <message>
        <source>the gradient arriving at the output</source>
        <extracomment>the check every gradient arriving at an output passes, in the editor and in files</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output_grad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added inside the log, log(y + delta): 1e-7 as the book&apos;s code, 0 as the printed book</source>
        <extracomment>the small number inside the cross-entropy&apos;s log, log(y + delta): the book&apos;s official code adds 1e-7 so that log(0) never happens; the printed book&apos;s formula has none (0)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum along this axis; empty for every element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fixed value, or an initializer with a shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number, a vector [1, 2] or a matrix 1 2; 3 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the array&apos;s shape, e.g. 784, 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard deviation of the normal distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Std</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same seed always draws the same numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>⚠ Something went wrong ({error} in {where}); the graph was not changed, and you can go on working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>symbols</name>
    <message>
        <source>const</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>param</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
