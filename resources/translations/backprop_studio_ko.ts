<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AnalysisViews</name>
    <message>
        <source>No test-set analysis of this run yet: it is made when the run is paused or ends.</source>
        <translation>이 학습은 아직 시험 데이터 분석이 없습니다. 분석은 학습을 일시 정지하거나 학습이 끝날 때 만들어집니다.</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>print one JSON object: {&quot;output&quot;, &quot;nodes&quot;: {label: {&quot;type&quot;, &quot;value&quot;, &quot;grad&quot;}}, &quot;edges&quot;, &quot;warnings&quot;, &quot;errors&quot;}</source>
        <translation>JSON 객체 하나를 출력합니다: {&quot;output&quot;, &quot;nodes&quot;: {label: {&quot;type&quot;, &quot;value&quot;, &quot;grad&quot;}}, &quot;edges&quot;, &quot;warnings&quot;, &quot;errors&quot;}</translation>
    </message>
    <message>
        <source>node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>type</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>grad</source>
        <translation>기울기</translation>
    </message>
    <message>
        <source>output {label} = {value}</source>
        <translation>출력 {label} = {value}</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>경고: {message}</translation>
    </message>
    <message>
        <source>&lt;-- exceeds the tolerance</source>
        <translation>&lt;-- 허용 오차를 넘음</translation>
    </message>
    <message>
        <source>print one JSON object: {&quot;passed&quot;, &quot;tolerance&quot;, &quot;errors&quot;, &quot;nodes&quot;: {label: {&quot;shape&quot;, &quot;mean_abs_diff&quot;, &quot;max_abs_diff&quot;, &quot;passed&quot;, &quot;note&quot;}}}</source>
        <translation>JSON 객체 하나를 출력합니다: {&quot;passed&quot;, &quot;tolerance&quot;, &quot;errors&quot;, &quot;nodes&quot;: {label: {&quot;shape&quot;, &quot;mean_abs_diff&quot;, &quot;max_abs_diff&quot;, &quot;passed&quot;, &quot;note&quot;}}}</translation>
    </message>
    <message>
        <source>largest mean absolute difference that passes (default 1e-6)</source>
        <translation>통과로 치는 평균 절대 오차의 최댓값 (기본값 1e-6)</translation>
    </message>
    <message>
        <source>check every element (default: a sample of a few hundred per array)</source>
        <translation>모든 원소를 확인합니다 (기본값: 배열마다 수백 개를 표본으로 확인)</translation>
    </message>
    <message>
        <source>check on the first three training digits of the MNIST files in DIR, as the book&apos;s gradient_check.py does (the graph&apos;s Data and Labels nodes get them)</source>
        <translation>DIR에 있는 MNIST 파일의 첫 훈련 숫자 3개로, 책의 gradient_check.py처럼 확인합니다 (그래프의 Data 노드와 Labels 노드에 넣습니다)</translation>
    </message>
    <message>
        <source>on the first 3 training digits of {folder} (they are {labels}), as the book&apos;s gradient_check.py checks them</source>
        <translation>{folder}의 첫 훈련 숫자 3개({labels})로, 책의 gradient_check.py처럼 확인합니다</translation>
    </message>
    <message>
        <source>no gradient check: the graph cannot run, because {reason}</source>
        <translation>기울기 확인을 하지 않았습니다. 그래프를 실행할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>gradient check passed (mean |backprop - numerical| per node, tolerance {tolerance:g})</source>
        <translation>기울기 확인 통과 (노드별 평균 |오차역전파법 - 수치 미분|, 허용 오차 {tolerance:g})</translation>
    </message>
    <message>
        <source>gradient check FAILED (mean |backprop - numerical| per node, tolerance {tolerance:g})</source>
        <translation>기울기 확인 실패 (노드별 평균 |오차역전파법 - 수치 미분|, 허용 오차 {tolerance:g})</translation>
    </message>
    <message>
        <source>--data needs a graph with a Data and a Labels node: {reason}</source>
        <translation>--data를 쓰려면 Data 노드와 Labels 노드가 있는 그래프가 필요합니다: {reason}</translation>
    </message>
    <message>
        <source>folder with the four MNIST IDX files (or an mnist.npz); default: the per-user cache folder</source>
        <translation>MNIST IDX 파일 네 개(또는 mnist.npz)가 든 폴더. 기본값: 사용자별 캐시 폴더</translation>
    </message>
    <message>
        <source>fetch missing MNIST files from the public HTTPS mirrors (checked against their published md5 sums)</source>
        <translation>없는 MNIST 파일을 공개 HTTPS 미러에서 내려받습니다 (공개된 md5 합계로 확인합니다)</translation>
    </message>
    <message>
        <source>graph to train (default: the two-layer-net sample)</source>
        <translation>학습할 그래프 (기본값: 2층 신경망 예제)</translation>
    </message>
    <message>
        <source>iterations (minibatch updates), default 10000</source>
        <translation>반복 횟수 (미니배치로 갱신하는 횟수), 기본값 10000</translation>
    </message>
    <message>
        <source>minibatch size, default 100</source>
        <translation>미니배치 크기, 기본값 100</translation>
    </message>
    <message>
        <source>learning rate, default 0.1 for sgd and the book&apos;s default for the other optimizers (0.01; Adam 0.001)</source>
        <translation>학습률, 기본값은 sgd에서 0.1, 다른 최적화 기법에서는 책의 기본값 (0.01, Adam은 0.001)</translation>
    </message>
    <message>
        <source>how the parameters are updated (6.1), default sgd</source>
        <translation>매개변수 갱신 방법 (6.1), 기본값 sgd</translation>
    </message>
    <message>
        <source>hidden layers of the book&apos;s MultiLayerNet, their sizes separated by commas (default: the two-layer net&apos;s 50)</source>
        <translation>책의 MultiLayerNet의 은닉층들, 크기를 쉼표로 구분합니다 (기본값: 2층 신경망의 50)</translation>
    </message>
    <message>
        <source>the hidden layers&apos; activation, default relu</source>
        <translation>은닉층의 활성화 함수, 기본값 relu</translation>
    </message>
    <message>
        <source>initial weights: a number is the std, xavier is 1/√n and he √(2/n) of each layer&apos;s input size n (default: he for --layers, else the graph&apos;s std)</source>
        <translation>가중치의 초깃값: 수는 표준편차이고, xavier는 1/√n, he는 √(2/n)입니다 (n은 각 계층의 입력 수. 기본값: --layers이면 he, 아니면 그래프의 표준편차)</translation>
    </message>
    <message>
        <source>weight decay: ½λ‖W‖² added to the loss, λW to each weight&apos;s gradient, default 0</source>
        <translation>가중치 감소: 손실 함수에 ½λ‖W‖²를, 각 가중치의 기울기에 λW를 더합니다, 기본값 0</translation>
    </message>
    <message>
        <source>Batch Normalization after every hidden Affine</source>
        <translation>은닉층의 Affine 계층마다 뒤에 배치 정규화를 넣습니다</translation>
    </message>
    <message>
        <source>Dropout after every hidden activation, dropping this share of the nodes (e.g. 0.5)</source>
        <translation>은닉층의 활성화 함수마다 뒤에 드롭아웃을 넣어 이 비율의 뉴런을 삭제합니다 (예: 0.5)</translation>
    </message>
    <message>
        <source>train on the first N training digits only (300 shows overfitting, 6.4.1)</source>
        <translation>처음 N개의 훈련 숫자로만 학습합니다 (300이면 오버피팅이 보입니다, 6.4.1)</translation>
    </message>
    <message>
        <source>hidden units of a two-layer net (default: the graph&apos;s, 50 in the sample)</source>
        <translation>2층 신경망의 은닉층 뉴런 수 (기본값: 그래프의 값, 예제에서는 50)</translation>
    </message>
    <message>
        <source>seeds the weights and the batch order, default 0</source>
        <translation>가중치의 초깃값과 배치 순서를 정하는 시드, 기본값 0</translation>
    </message>
    <message>
        <source>the numbers&apos; precision, default float32</source>
        <translation>수의 정밀도, 기본값 float32</translation>
    </message>
    <message>
        <source>save the trained parameters (keyed by node label)</source>
        <translation>학습한 매개변수를 저장합니다 (노드 레이블을 키로)</translation>
    </message>
    <message>
        <source>no progress bar; one JSON line per epoch and a summary line</source>
        <translation>진행 막대 없이 에폭마다 JSON 한 줄, 끝에 요약 한 줄을 출력합니다</translation>
    </message>
    <message>
        <source>{flags} build the book&apos;s MultiLayerNet, so they cannot be used with --graph</source>
        <translation>{flags}은(는) 책의 MultiLayerNet을 만들므로 --graph와 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>--hidden sets a two-layer net&apos;s hidden size; with {flags} give the sizes with --layers</source>
        <translation>--hidden은 2층 신경망의 은닉층 크기를 정합니다. {flags}을(를) 쓸 때는 크기를 --layers로 주세요</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>중단했습니다</translation>
    </message>
    <message>
        <source>{message}: train accuracy {train}, test accuracy {test} ({rate} iterations/s)</source>
        <translation>{message}: 훈련 정확도 {train}, 시험 정확도 {test} (초당 {rate}번 반복)</translation>
    </message>
    <message>
        <source>The net did not learn. {advice}</source>
        <translation>신경망이 학습하지 못했습니다. {advice}</translation>
    </message>
    <message>
        <source>parameters saved to {path}</source>
        <translation>매개변수를 {path}에 저장했습니다</translation>
    </message>
    <message>
        <source> test {acc:.4f}</source>
        <translation> 시험 {acc:.4f}</translation>
    </message>
    <message>
        <source> | epoch {epoch} train {acc:.4f}</source>
        <translation> | 에폭 {epoch} 훈련 {acc:.4f}</translation>
    </message>
    <message>
        <source>loss {loss:.4f}</source>
        <translation>손실 {loss:.4f}</translation>
    </message>
    <message>
        <source>the graph file</source>
        <translation>그래프 파일</translation>
    </message>
    <message>
        <source>print the steps as one JSON list of objects</source>
        <translation>단계들을 JSON 객체의 목록 하나로 출력합니다</translation>
    </message>
    <message>
        <source>write the script to this file (default: print it)</source>
        <translation>스크립트를 이 파일에 씁니다 (기본값: 화면에 출력)</translation>
    </message>
    <message>
        <source>the language of the script&apos;s comments and of what it prints (default en)</source>
        <translation>스크립트의 주석과 스크립트가 출력하는 말의 언어 (기본값 en)</translation>
    </message>
    <message>
        <source>JSON output: arrays are nested lists; null means &quot;not computed&quot; (for labels: &quot;not differentiated&quot;). JSON has no NaN or infinity, so those numbers are written as the strings &quot;nan&quot;, &quot;inf&quot; and &quot;-inf&quot;. `run --json` always has &quot;warnings&quot; and &quot;errors&quot; lists, each entry {&quot;node&quot;: label, &quot;port&quot;: port or null, &quot;message&quot;: text}, root causes first.</source>
        <extracomment>options of the `backprop-studio` command that need no editor (core/cli/desktop_entry.py) the exit status after the reader of our output went away: a Unix tool killed by SIGPIPE ends with 128 + 13, so `set -o pipefail` scripts see the same as with `cat`</extracomment>
        <translation>JSON 출력: 배열은 중첩된 목록이고, null은 &quot;계산되지 않음&quot;(정답 레이블이면 &quot;미분하지 않음&quot;)이라는 뜻입니다. JSON에는 NaN과 무한대가 없으므로 이런 수는 문자열 &quot;nan&quot;, &quot;inf&quot;, &quot;-inf&quot;로 씁니다. `run --json`에는 언제나 &quot;warnings&quot; 목록과 &quot;errors&quot; 목록이 있고, 각 항목은 {&quot;node&quot;: label, &quot;port&quot;: port or null, &quot;message&quot;: text}이며 근본 원인이 먼저 나옵니다.</translation>
    </message>
    <message>
        <source>forward + backward; print each node&apos;s value and gradient</source>
        <translation>순전파와 역전파를 실행하고 노드마다 값과 기울기를 출력합니다</translation>
    </message>
    <message>
        <source>numerical vs backprop gradients of every source (the book&apos;s gradient check)</source>
        <translation>변수마다 수치 미분과 오차역전파법으로 구한 기울기를 비교합니다 (책의 기울기 확인)</translation>
    </message>
    <message>
        <source>train the MNIST network through the graph engine</source>
        <translation>그래프 엔진으로 MNIST 신경망을 학습합니다</translation>
    </message>
    <message>
        <source>the lesson as text: one sentence per forward and backward step</source>
        <translation>수업을 글로 보여 줍니다: 순전파와 역전파의 단계마다 문장 하나</translation>
    </message>
    <message>
        <source>the graph as a standalone NumPy script in the book&apos;s layer style, printing what run prints</source>
        <translation>그래프를 책의 계층 방식으로 쓴 독립 NumPy 스크립트로 내보냅니다. 스크립트는 run과 같은 것을 출력합니다</translation>
    </message>
    <message>
        <source>list the bundled sample graphs: figure, name, title</source>
        <translation>예제 그래프의 목록을 보여 줍니다: 그림, 이름, 제목</translation>
    </message>
    <message>
        <source>the book&apos;s optimizer paths on x²/20 + y² from (−7, 2): SGD, Momentum, AdaGrad, Adam</source>
        <translation>책의 최적화 기법들이 (−7, 2)에서 출발해 x²/20 + y² 위에 그리는 경로를 보여 줍니다: SGD, 모멘텀, AdaGrad, Adam</translation>
    </message>
    <message>
        <source>Headless Backprop Studio commands.</source>
        <translation>화면 없이 쓰는 Backprop Studio 명령입니다.</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>one of these; COMMAND --help tells more</source>
        <translation>다음 중 하나입니다. COMMAND --help로 자세히 볼 수 있습니다</translation>
    </message>
    <message>
        <source>the language of messages and text (default en); JSON keys stay English</source>
        <translation>메시지와 글의 언어 (기본값 en). JSON의 키는 영어 그대로입니다</translation>
    </message>
    <message>
        <source>Open the Backprop Studio editor, or run a headless command:

{commands}

backprop-studio COMMAND --help tells more about one. backprop-studio --install-desktop-entry adds the app to your desktop&apos;s applications menu (--remove-desktop-entry takes it out).</source>
        <translation>Backprop Studio 편집기를 열거나, 화면 없이 다음 명령을 실행합니다:

{commands}

backprop-studio COMMAND --help로 각 명령을 자세히 볼 수 있습니다. backprop-studio --install-desktop-entry는 데스크톱의 응용 프로그램 메뉴에 앱을 넣고, --remove-desktop-entry는 뺍니다.</translation>
    </message>
    <message>
        <source>graph file, or a sample&apos;s name (backprop-studio samples lists them), to open (default: the apple-and-orange sample)</source>
        <translation>열 그래프 파일이나 예제의 이름 (이름은 backprop-studio samples가 보여 줍니다. 기본값: 사과와 귤 예제)</translation>
    </message>
    <message>
        <source>save a picture of the main window and exit</source>
        <translation>주 창의 그림을 저장하고 끝냅니다</translation>
    </message>
    <message>
        <source>with --screenshot: train N iterations in the training panel first</source>
        <translation>--screenshot과 함께: 먼저 학습 패널에서 N번 반복 학습합니다</translation>
    </message>
    <message>
        <source>MNIST folder for the training panel</source>
        <translation>학습 패널이 쓸 MNIST 폴더</translation>
    </message>
    <message>
        <source>with --screenshot: the window&apos;s size, e.g. 1024x700 (default 1400x900)</source>
        <translation>--screenshot과 함께: 창의 크기, 예: 1024x700 (기본값 1400x900)</translation>
    </message>
    <message>
        <source>the language of the app (default: the one chosen in View ▸ Language, else the desktop&apos;s)</source>
        <translation>앱의 언어 (기본값: 보기 ▸ 언어에서 고른 언어, 없으면 데스크톱의 언어)</translation>
    </message>
    <message>
        <source>with --screenshot: show step mode at its Nth step (1 = first; a negative N counts from the last)</source>
        <translation>--screenshot과 함께: 단계 모드의 N번째 단계를 보여 줍니다 (1 = 처음, 음수 N은 끝에서부터 셉니다)</translation>
    </message>
    <message>
        <source>{text!r} is not a size like 1024x700</source>
        <translation>크기는 1024x700처럼 씁니다 (입력: {text!r})</translation>
    </message>
    <message>
        <source>{text!r}: width and height must be 320..8000 and 240..8000</source>
        <translation>{text!r}: 너비는 320..8000, 높이는 240..8000이어야 합니다</translation>
    </message>
    <message>
        <source>print one JSON list: [{&quot;name&quot;, &quot;figure&quot;, &quot;title&quot;, &quot;path&quot;}]</source>
        <translation>JSON 목록 하나를 출력합니다: [{&quot;name&quot;, &quot;figure&quot;, &quot;title&quot;, &quot;path&quot;}]</translation>
    </message>
    <message>
        <source>Samples of chapter 5 (figure, name, title):</source>
        <translation>5장의 예제 (그림, 이름, 제목):</translation>
    </message>
    <message>
        <source>Open one in the editor with backprop-studio NAME; run, explain, gradcheck and export-code take a NAME in place of a file too.</source>
        <translation>편집기에서 열려면 backprop-studio 이름을 입력합니다. run, explain, gradcheck, export-code도 파일 대신 이름을 받습니다.</translation>
    </message>
    <message>
        <source>print one JSON object: {&quot;function&quot;, &quot;start&quot;, &quot;paths&quot;: {name: [[x, y], ...]}}</source>
        <translation>JSON 객체 하나를 출력합니다: {&quot;function&quot;, &quot;start&quot;, &quot;paths&quot;: {name: [[x, y], ...]}}</translation>
    </message>
    <message>
        <source>updates per optimizer, default 30 (a path has one point more: the start)</source>
        <translation>최적화 기법마다 갱신할 횟수, 기본값 30 (경로에는 출발점까지 점이 하나 더 있습니다)</translation>
    </message>
    <message>
        <source>also RMSprop and Nesterov, beside the book&apos;s SGD, Momentum, AdaGrad and Adam</source>
        <translation>책의 SGD, 모멘텀, AdaGrad, Adam에 더해 RMSProp과 Nesterov도 보여 줍니다</translation>
    </message>
    <message>
        <source>--steps must be a whole number from 0 to 100000, not {value}</source>
        <translation>--steps는 0부터 100000까지의 정수여야 합니다 (입력: {value})</translation>
    </message>
    <message>
        <source>f(x, y) = x²/20 + y², from ({x:g}, {y:g}), {steps} updates each; the minimum is (0, 0).</source>
        <translation>f(x, y) = x²/20 + y², ({x:g}, {y:g})에서 출발해 기법마다 {steps}번 갱신한다. 최솟값은 (0, 0)에 있다.</translation>
    </message>
    <message>
        <source>{name} (learning rate {lr:g}): ends at ({x:.4f}, {y:.4f}), f = {f:.4g}</source>
        <translation>{name} (학습률 {lr:g}): ({x:.4f}, {y:.4f})에서 끝난다, f = {f:.4g}</translation>
    </message>
</context>
<context>
    <name>CanvasLink</name>
    <message>
        <source>The trained weights were not put on the canvas: another graph was opened meanwhile.</source>
        <extracomment>the graph whose parameters runs set, and node id → (its params before the first run put values there, the params each run put there)</extracomment>
        <translation>학습된 가중치를 캔버스에 넣지 않았습니다: 그사이 다른 그래프를 열었습니다.</translation>
    </message>
    <message>
        <source>The trained weights were not put on the canvas: {problem}.</source>
        <translation>학습된 가중치를 캔버스에 넣지 않았습니다: {problem}.</translation>
    </message>
    <message>
        <source>The trained weights were not put on the canvas: the network changed during the run ({changes}). They are the weights of the network as it was at Start: Save parameters… keeps them, and Start trains the network as it is now.</source>
        <translation>학습된 가중치를 캔버스에 넣지 않았습니다: 학습 중에 신경망이 바뀌었습니다({changes}). 이 가중치는 시작할 때의 신경망의 가중치입니다. 매개변수 저장…으로 보관할 수 있고, 시작을 누르면 지금의 신경망을 학습합니다.</translation>
    </message>
    <message>
        <source>The trained weights are now on the canvas. They replaced the values you gave {nodes} during the run (it trained from the values at Start); Edit ▸ Undo brings your values back.</source>
        <translation>이제 학습된 가중치가 캔버스에 있습니다. 학습 중에 {nodes}에 입력한 값은 학습된 값으로 바뀌었습니다(학습은 시작할 때의 값에서 출발했습니다). 편집 ▸ 실행 취소로 입력한 값을 되돌립니다.</translation>
    </message>
    <message>
        <source>The trained weights are now on the canvas; Edit ▸ Undo brings the initializers back; saving saves the trained values.</source>
        <translation>이제 학습된 가중치가 캔버스에 있습니다. 편집 ▸ 실행 취소로 초깃값으로 되돌릴 수 있고, 저장하면 학습된 값이 저장됩니다.</translation>
    </message>
    <message>
        <source>The trained weights are now on the canvas; Edit ▸ Undo brings back the weights of the run before; saving saves the trained values.</source>
        <translation>이제 학습된 가중치가 캔버스에 있습니다. 편집 ▸ 실행 취소로 이전 학습의 가중치를 되돌리며, 저장하면 학습된 값이 저장됩니다.</translation>
    </message>
    <message>
        <source>The trained weights are now on the canvas; Edit ▸ Undo brings back the values the parameters held before; saving saves the trained values.</source>
        <translation>이제 학습된 가중치가 캔버스에 있습니다. 편집 ▸ 실행 취소로 매개변수의 이전 값을 되돌리며, 저장하면 학습된 값이 저장됩니다.</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>외 {count}건</translation>
    </message>
    <message>
        <source>The trained weights stay on the canvas; Edit ▸ Undo brings the initializers back.</source>
        <translation>학습된 가중치는 캔버스에 남습니다. 편집 ▸ 실행 취소로 초깃값으로 되돌릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <source>Train, or pause a run, to see which digits the net confuses.</source>
        <translation>학습하거나 학습을 일시 정지하면 신경망이 어떤 숫자를 헷갈리는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>true</source>
        <translation>정답</translation>
    </message>
    <message>
        <source>predicted →</source>
        <translation>예측 →</translation>
    </message>
    <message>
        <source>Test set at iteration {iteration:,}: {right:,} of {total:,} right ({share:.1%}). Rows: the true digit; columns: what the net predicted.</source>
        <translation>반복 {iteration:,}의 시험 데이터: {total:,}개 중 {right:,}개 정답 ({share:.1%}). 행은 정답 숫자, 열은 신경망이 예측한 숫자입니다.</translation>
    </message>
</context>
<context>
    <name>Descent</name>
    <message>
        <source>The learning rate must be a number greater than 0, not {lr}.</source>
        <extracomment>a parameter drawn by an initializer may hold at most this many elements to be stepped</extracomment>
        <translation>학습률은 0보다 큰 수여야 합니다 (입력: {lr}).</translation>
    </message>
    <message>
        <source>This graph has no Parameter node: a gradient-descent step changes Parameter nodes only.</source>
        <translation>이 그래프에는 Parameter 노드가 없습니다: 경사 하강 한 단계는 Parameter 노드만 바꿉니다.</translation>
    </message>
    <message>
        <source>nothing computes</source>
        <translation>계산되는 것이 없습니다</translation>
    </message>
    <message>
        <source>No step: the graph does not compute up to its output ({why}).</source>
        <translation>경사 하강을 하지 않았습니다: 그래프가 출력까지 계산되지 않습니다 ({why}).</translation>
    </message>
    <message>
        <source>No step: no Parameter node gets a gradient from the output. Connect a Parameter to the nodes that lead to the output.</source>
        <translation>경사 하강을 하지 않았습니다: 출력에서 기울기를 받는 Parameter 노드가 없습니다. 출력으로 이어지는 노드에 Parameter를 연결하세요.</translation>
    </message>
    <message>
        <source>No step: {node} is drawn by its {init} initializer, {shape} = {size:,} numbers. A step writes every number into the graph, so it takes parameters of at most {limit:,} numbers; train larger ones in the Training panel.</source>
        <translation>경사 하강을 하지 않았습니다: {node}은(는) {init} 방식으로 만든 초깃값, {shape} = 수 {size:,}개입니다. 경사 하강 한 단계는 모든 수를 그래프에 쓰므로 수가 {limit:,}개 이하인 매개변수만 다룹니다. 더 큰 것은 학습 패널에서 학습하세요.</translation>
    </message>
    <message>
        <source>No step: it would make {node} infinite or NaN (the gradient is too large for learning rate {lr:g}); try a smaller learning rate.</source>
        <translation>경사 하강을 하지 않았습니다: {node}이(가) 무한대나 NaN이 됩니다 (학습률 {lr:g}에 비해 기울기가 너무 큽니다). 더 작은 학습률을 써 보세요.</translation>
    </message>
    <message>
        <source>there are no parameters to set</source>
        <translation>설정할 매개변수가 없습니다</translation>
    </message>
    <message>
        <source>the parameter {id} is no longer in the graph</source>
        <translation>매개변수 {id}이(가) 더는 그래프에 없습니다</translation>
    </message>
    <message>
        <source>{node} is no longer a Parameter</source>
        <translation>{node}은(는) 더는 Parameter가 아닙니다</translation>
    </message>
    <message>
        <source>{node} is {shape} in the graph but {trained} in the trained network</source>
        <translation>{node}은(는) 그래프에서는 {shape}이지만 학습된 신경망에서는 {trained}입니다</translation>
    </message>
    <message>
        <source>{node} holds values that are infinite or NaN</source>
        <translation>{node}에 무한대나 NaN 값이 있습니다</translation>
    </message>
</context>
<context>
    <name>DescentBar</name>
    <message>
        <source>learning rate of a Step: W ← W − lr·∂L/∂W</source>
        <translation>한 단계의 학습률: W ← W − lr·∂L/∂W</translation>
    </message>
    <message>
        <source>Gradient Step</source>
        <translation>경사 하강 한 단계</translation>
    </message>
    <message>
        <source>One gradient-descent step: every Parameter moves against its gradient, W ← W − lr·∂L/∂W. Edit ▸ Undo takes it back.</source>
        <translation>경사 하강 한 단계: 모든 Parameter가 기울기의 반대 방향으로 움직입니다 (W ← W − lr·∂L/∂W). 편집 ▸ 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Step: {label} {before} → {after}</source>
        <translation>한 단계: {label} {before} → {after}</translation>
    </message>
</context>
<context>
    <name>DesktopEntry</name>
    <message>
        <source>Removed {count} files of Backprop Studio&apos;s desktop entry from {folder}.</source>
        <extracomment>characters that make an Exec argument need quotes (the Desktop Entry spec&apos;s list)</extracomment>
        <translation>{folder}에서 Backprop Studio의 데스크톱 항목 파일 {count}개를 지웠습니다.</translation>
    </message>
    <message>
        <source>cannot write the desktop entry: {reason}</source>
        <translation>데스크톱 항목을 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Installed {entry} and its icon under {icons}: Backprop Studio is in your applications menu (Education). backprop-studio --remove-desktop-entry takes it out again.</source>
        <translation>{entry} 파일과 아이콘을 {icons} 아래에 설치했습니다. 이제 프로그램 메뉴의 교육 항목에 Backprop Studio가 있습니다. backprop-studio --remove-desktop-entry로 다시 뺄 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Download</name>
    <message>
        <source>refused: MNIST mirrors must use https:// (plain http is allowed only to this machine, e.g. http://127.0.0.1)</source>
        <translation>거부했습니다: MNIST 미러는 https://를 써야 합니다 (일반 http는 이 컴퓨터에만 허용됩니다. 예: http://127.0.0.1)</translation>
    </message>
    <message>
        <source>no download mirrors given</source>
        <translation>내려받을 미러가 주어지지 않았습니다</translation>
    </message>
    <message>
        <source>refused the file name {name!r}: it must be a plain file name, not a path</source>
        <translation>파일 이름 {name!r}을(를) 거부했습니다: 경로가 아닌 파일 이름이어야 합니다</translation>
    </message>
    <message>
        <source>no md5 sum known for {name}; refusing to download a file that cannot be checked</source>
        <translation>{name}의 md5 합계를 알 수 없습니다. 확인할 수 없는 파일은 내려받지 않습니다</translation>
    </message>
    <message>
        <source>cannot create the folder ({reason})</source>
        <translation>폴더를 만들 수 없습니다 ({reason})</translation>
    </message>
    <message>
        <source>the file&apos;s md5 is {got}, expected {expected}: the download is corrupt</source>
        <translation>파일의 md5가 {got}입니다. 기대한 값 {expected}과(와) 달라 내려받은 파일이 손상된 것입니다</translation>
    </message>
    <message>
        <source>cannot write {name} ({reason})</source>
        <translation>{name}을(를) 쓸 수 없습니다 ({reason})</translation>
    </message>
    <message>
        <source>the server offers {total:,} bytes; an MNIST file is under {limit:,}</source>
        <translation>서버가 {total:,}바이트를 보내려 합니다. MNIST 파일은 {limit:,}바이트보다 작습니다</translation>
    </message>
    <message>
        <source>the transfer broke off ({reason})</source>
        <translation>전송이 끊겼습니다 ({reason})</translation>
    </message>
    <message>
        <source>the server sent more than {limit:,} bytes</source>
        <translation>서버가 {limit:,}바이트보다 많이 보냈습니다</translation>
    </message>
    <message>
        <source>the transfer broke off after {done:,} of {total:,} bytes</source>
        <translation>{total:,}바이트 중 {done:,}바이트를 받은 뒤 전송이 끊겼습니다</translation>
    </message>
    <message>
        <source>refused a redirect to {url} (not https)</source>
        <translation>{url}(으)로의 리디렉션을 거부했습니다 (https가 아님)</translation>
    </message>
    <message>
        <source>timed out (no network, or the server is not answering)</source>
        <translation>시간이 초과되었습니다 (네트워크가 없거나 서버가 응답하지 않습니다)</translation>
    </message>
    <message>
        <source>connection refused (nothing is listening there)</source>
        <translation>연결이 거부되었습니다 (그 주소에서 응답하는 서버가 없습니다)</translation>
    </message>
    <message>
        <source>could not download {name} from any mirror:</source>
        <translation>어느 미러에서도 {name}을(를) 내려받지 못했습니다:</translation>
    </message>
    <message>
        <source>If this machine is offline or the mirrors are down, download the four files ({files}) by hand from one of these mirrors into a folder and pass --data DIR.</source>
        <translation>이 컴퓨터가 오프라인이거나 미러가 멈춘 상태라면, 위 미러 중 하나에서 파일 네 개({files})를 직접 한 폴더에 내려받고 --data DIR로 그 폴더를 지정하세요.</translation>
    </message>
</context>
<context>
    <name>DownloadThread</name>
    <message>
        <source>Downloading {name} ({index} of {count}): {done:.1f} of {total:.1f} MB</source>
        <translation>{name} 내려받는 중 ({count}개 중 {index}번째): {total:.1f} MB 중 {done:.1f} MB</translation>
    </message>
    <message>
        <source>Downloading {name} ({index} of {count}): {done:.1f} MB</source>
        <translation>{name} 내려받는 중 ({count}개 중 {index}번째): {done:.1f} MB</translation>
    </message>
    <message>
        <source>Downloaded MNIST</source>
        <translation>MNIST를 내려받았습니다</translation>
    </message>
    <message>
        <source>the download was cancelled</source>
        <translation>내려받기를 취소했습니다</translation>
    </message>
    <message>
        <source>unexpected error: {kind}: {error}</source>
        <translation>예상하지 못한 오류: {kind}: {error}</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>There is no op called {name}.</source>
        <extracomment>how far a duplicate lands from its original</extracomment>
        <translation>이런 연산은 없습니다: {name}.</translation>
    </message>
    <message>
        <source>Not added: {problem}</source>
        <translation>추가하지 않았습니다: {problem}</translation>
    </message>
    <message>
        <source>add {label}</source>
        <translation>{label} 추가</translation>
    </message>
    <message>
        <source>Select nodes or edges to delete.</source>
        <translation>삭제할 노드나 엣지를 선택하세요.</translation>
    </message>
    <message>
        <source>Not renamed: {problem}; the old label is kept.</source>
        <translation>이름을 바꾸지 않았습니다: {problem}. 원래 레이블을 유지합니다.</translation>
    </message>
    <message>
        <source>Not applied: {problem}</source>
        <translation>적용하지 않았습니다: {problem}</translation>
    </message>
    <message>
        <source>make {label} the output</source>
        <translation>{label}을(를) 출력으로 지정</translation>
    </message>
    <message>
        <source>clear the output</source>
        <translation>출력 지정 해제</translation>
    </message>
    <message>
        <source>this edge already exists</source>
        <translation>이미 있는 엣지입니다</translation>
    </message>
    <message>
        <source>Cannot connect: {problem}</source>
        <translation>연결할 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>move edge to {target}.{port}</source>
        <translation>엣지를 {target}.{port}(으)로 옮기기</translation>
    </message>
    <message>
        <source>Select nodes to copy.</source>
        <translation>복사할 노드를 선택하세요.</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>클립보드</translation>
    </message>
    <message>
        <source>The clipboard does not hold nodes.</source>
        <translation>클립보드에 노드가 없습니다.</translation>
    </message>
    <message>
        <source>paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <source>Select nodes to duplicate.</source>
        <translation>복제할 노드를 선택하세요.</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>the new graph</source>
        <translation>새 그래프</translation>
    </message>
    <message>
        <source>The graph was not replaced: {problem}</source>
        <translation>그래프를 바꾸지 않았습니다: {problem}</translation>
    </message>
    <message>
        <source>The trained parameters were not applied: {problem}.</source>
        <translation>학습된 매개변수를 적용하지 않았습니다: {problem}.</translation>
    </message>
    <message>
        <source>set trained parameters</source>
        <translation>학습된 매개변수 넣기</translation>
    </message>
    <message>
        <source>No step: {problem}.</source>
        <translation>경사 하강을 하지 않았습니다: {problem}.</translation>
    </message>
    <message>
        <source>gradient step, lr {lr}</source>
        <translation>경사 하강 한 단계, 학습률 {lr}</translation>
    </message>
    <message>
        <source>build the network</source>
        <translation>신경망 만들기</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>its value cannot be used: {problem}</source>
        <translation>값을 쓸 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>its value {shape} does not fit in this computer&apos;s memory</source>
        <translation>값 {shape}이(가) 이 컴퓨터의 메모리에 들어가지 않습니다</translation>
    </message>
    <message>
        <source>it is part of a cycle (or fed by one), so it has no order to run in</source>
        <translation>순환의 일부이거나 순환에서 입력을 받으므로 계산 순서를 정할 수 없습니다</translation>
    </message>
    <message>
        <source>{node}: input {port} is not connected</source>
        <translation>{node}: 입력 {port}이(가) 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <source>{node}: input {port} waits for {source}, which could not compute</source>
        <translation>{node}: 입력 {port}이(가) {source}을(를) 기다리는데, 그 노드를 계산할 수 없었습니다</translation>
    </message>
    <message>
        <source>{node}: this computer ran out of memory computing its result ({shapes})</source>
        <translation>{node}: 결과를 계산하다가 이 컴퓨터의 메모리가 부족해졌습니다 ({shapes})</translation>
    </message>
    <message>
        <source>{node}: backward failed: {problem}</source>
        <translation>{node}: 역전파에 실패했습니다: {problem}</translation>
    </message>
    <message>
        <source>{node}: this computer ran out of memory computing its gradient</source>
        <translation>{node}: 기울기를 계산하다가 이 컴퓨터의 메모리가 부족해졌습니다</translation>
    </message>
    <message>
        <source>{node}: the gradient arriving at the output is {grad_shape} but the output is {shape}; give a number or an array of the output&apos;s shape</source>
        <translation>{node}: 출력으로 흘러 들어오는 기울기는 {grad_shape}인데 출력은 {shape}입니다. 수 하나나 출력과 형상이 같은 배열을 주세요</translation>
    </message>
    <message>
        <source>{port} is {shape}</source>
        <translation>{port}은(는) {shape}</translation>
    </message>
    <message>
        <source>{count} NaN</source>
        <translation>NaN {count}개</translation>
    </message>
    <message>
        <source>{count} infinite</source>
        <translation>무한대 {count}개</translation>
    </message>
    <message>
        <source>{node}: its output has {parts} value(s) although its inputs are finite (overflow, log of 0 or division by 0?)</source>
        <translation>{node}: 입력은 유한한데 출력에 {parts} 값이 있습니다 (오버플로, log 0, 0으로 나누기?)</translation>
    </message>
    <message>
        <source> and </source>
        <translation>, </translation>
    </message>
    <message>
        <source>its result {shape} would need {need}; this computer has {have}</source>
        <translation>결과 {shape}에는 {need}이(가) 필요한데, 이 컴퓨터에는 {have}밖에 없습니다</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>{file}: the graph has no nodes, so there is nothing to explain</source>
        <translation>{file}: 그래프에 노드가 없어 설명할 것이 없습니다</translation>
    </message>
    <message>
        <source>{title} (figure {figure})</source>
        <translation>{title} (그림 {figure})</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>순전파</translation>
    </message>
    <message>
        <source>Backward</source>
        <translation>역전파</translation>
    </message>
</context>
<context>
    <name>ExportCode</name>
    <message>
        <source>{file} was not exported: the graph must run without errors first</source>
        <translation>{file}을(를) 내보내지 않았습니다: 그래프가 먼저 오류 없이 실행되어야 합니다</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>{path}에 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>Cannot export as Python</source>
        <extracomment>where QSettings keeps the folder of the last script exported</extracomment>
        <translation>Python으로 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>The graph cannot run, so it has no code yet:

{problems}

Fix this first (the node outlined in red says why), then export again.</source>
        <translation>그래프가 실행되지 않으므로 아직 코드가 없습니다:

{problems}

먼저 이 문제를 고친 뒤(빨간 테두리의 노드가 이유를 알려 줍니다) 다시 내보내세요.</translation>
    </message>
    <message>
        <source>Export as Python</source>
        <translation>Python으로 내보내기</translation>
    </message>
    <message>
        <source>Python scripts (*.py);;All files (*)</source>
        <translation>Python 스크립트 (*.py);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}

Nothing was written; try another folder.</source>
        <translation>{path}에 쓸 수 없습니다: {reason}

아무것도 쓰지 않았습니다. 다른 폴더를 골라 보세요.</translation>
    </message>
    <message>
        <source>Values that are not finite (∞, NaN) show in the table, as `run` shows them, rather than as NumPy warnings.</source>
        <extracomment>the longest line a script should have (a literal that does not fit is written in rows)</extracomment>
        <translation>유한하지 않은 값(∞, NaN)은 NumPy 경고 대신 `run`처럼 표에 나타난다.</translation>
    </message>
    <message>
        <source>A graph from Backprop Studio</source>
        <translation>Backprop Studio에서 만든 그래프</translation>
    </message>
    <message>
        <source> (figure {figure})</source>
        <translation> (그림 {figure})</translation>
    </message>
    <message>
        <source>The graph {file} as chapter 5 of Deep Learning from Scratch writes it: one layer object per node, forward in topological order, backward in reverse order, gradients summed where a value fans out. Written by backprop-studio export-code; needs only NumPy, and prints what `{run}` prints.</source>
        <translation>그래프 {file}을(를) 『밑바닥부터 시작하는 딥러닝』 5장처럼 쓴 코드: 노드마다 계층 객체 하나, 순전파는 위상 순서대로, 역전파는 그 반대 순서로 진행하고, 값이 여러 곳으로 나뉜 곳에서는 기울기를 더한다. backprop-studio export-code가 썼으며, NumPy만 있으면 되고 `{run}`과(와) 같은 것을 출력한다.</translation>
    </message>
    <message>
        <source>This graph as chapter 5 of Deep Learning from Scratch writes it: one layer object per node, forward in topological order, backward in reverse order, gradients summed where a value fans out. Written by backprop-studio export-code; needs only NumPy, and prints what `{run}` prints.</source>
        <translation>이 그래프를 『밑바닥부터 시작하는 딥러닝』 5장처럼 쓴 코드: 노드마다 계층 객체 하나, 순전파는 위상 순서대로, 역전파는 그 반대 순서로 진행하고, 값이 여러 곳으로 나뉜 곳에서는 기울기를 더한다. backprop-studio export-code가 썼으며, NumPy만 있으면 되고 `{run}`과(와) 같은 것을 출력한다.</translation>
    </message>
    <message>
        <source>The values the graph starts from</source>
        <translation>그래프가 출발하는 값</translation>
    </message>
    <message>
        <source>The layers, one per node: the network&apos;s</source>
        <translation>계층들: 노드마다 하나, 신경망의 계층</translation>
    </message>
    <message>
        <source>The layers, one per node</source>
        <translation>계층들: 노드마다 하나</translation>
    </message>
    <message>
        <source>Forward, in topological order (what network.loss(x, t) does, step by step)</source>
        <translation>순전파: 위상 순서대로 (network.loss(x, t)가 하는 일을 한 단계씩)</translation>
    </message>
    <message>
        <source>Forward, in topological order</source>
        <translation>순전파: 위상 순서대로</translation>
    </message>
    <message>
        <source>∂L/∂{name} arrives from the rest of a larger graph</source>
        <translation>∂L/∂{name}: 더 큰 그래프의 나머지 부분에서 흘러온다</translation>
    </message>
    <message>
        <source>Backward, in reverse order, from 1 at every sink (their sum is differentiated)</source>
        <translation>역전파: 반대 순서로, 끝 노드마다 1에서 시작한다 (끝 노드들의 합을 미분한다)</translation>
    </message>
    <message>
        <source>Backward, in reverse order (what network.gradient(x, t) does, step by step)</source>
        <translation>역전파: 반대 순서로 (network.gradient(x, t)가 하는 일을 한 단계씩)</translation>
    </message>
    <message>
        <source>Backward, in reverse order</source>
        <translation>역전파: 반대 순서로</translation>
    </message>
    <message>
        <source>{labels}: the labels are given, not learned, so no gradient goes back to them</source>
        <translation>{labels}: 정답 레이블은 주어진 값이며 학습하지 않으므로 기울기가 돌아가지 않는다</translation>
    </message>
    <message>
        <source>{name} was broadcast in the forward pass: sum its gradient back to its shape</source>
        <translation>{name}은(는) 순전파에서 브로드캐스트되었다: 기울기를 원래 형상으로 합친다</translation>
    </message>
    <message>
        <source>fan-out: the sum</source>
        <translation>여러 곳으로 나뉜 값: 기울기의 합</translation>
    </message>
    <message>
        <source>The table `{run}` prints</source>
        <translation>`{run}`이(가) 출력하는 표</translation>
    </message>
    <message>
        <source>The graph&apos;s network in the shape of the book&apos;s TwoLayerNet (5.7.2): its parameters in `params`, its layers in order, the loss as `lastLayer`.</source>
        <translation>그래프의 신경망을 책의 TwoLayerNet(5.7.2) 모양으로 쓴 클래스: 매개변수는 `params`에, 계층은 순서대로, 손실은 `lastLayer`에 둔다.</translation>
    </message>
    <message>
        <source>the weights and biases</source>
        <translation>가중치와 편향</translation>
    </message>
    <message>
        <source>in order (the book uses an OrderedDict; a dict keeps its order too)</source>
        <translation>순서대로 (책은 OrderedDict를 쓰지만 dict도 순서를 지킨다)</translation>
    </message>
    <message>
        <source>the layers</source>
        <translation>계층 생성</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>순전파</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>역전파</translation>
    </message>
    <message>
        <source>network.gradient gives the very gradients the steps above computed (checked quietly)</source>
        <translation>network.gradient는 위의 단계들이 구한 바로 그 기울기를 준다 (조용히 확인한다)</translation>
    </message>
    <message>
        <source>Training, as the book&apos;s train_neuralnet.py does (5.7.4), with MNIST loaded as x_train, t_train, x_test, t_test (one-hot labels): remove the # to run it.</source>
        <translation>책의 train_neuralnet.py(5.7.4)처럼 학습하기: MNIST를 x_train, t_train, x_test, t_test(원-핫 레이블)로 읽어 두고 #을 지우면 실행된다.</translation>
    </message>
    <message>
        <source>backprop</source>
        <translation>오차역전파법</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Backprop Studio</source>
        <translation>Backprop Studio</translation>
    </message>
    <message>
        <source>The graph has unsaved changes. Save them first?</source>
        <translation>그래프에 저장하지 않은 변경 사항이 있습니다. 먼저 저장할까요?</translation>
    </message>
    <message>
        <source>Open graph</source>
        <translation>그래프 열기</translation>
    </message>
    <message>
        <source>Backprop Studio graphs (*.json);;All files (*)</source>
        <translation>Backprop Studio 그래프 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Cannot open graph</source>
        <translation>그래프를 열 수 없습니다</translation>
    </message>
    <message>
        <source>The file was not opened; the current graph is unchanged.</source>
        <translation>파일을 열지 않았습니다. 지금 그래프는 그대로입니다.</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} 파일을 열었습니다</translation>
    </message>
    <message>
        <source>Cannot open sample</source>
        <translation>예제를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Sample: {title}</source>
        <translation>예제: {title}</translation>
    </message>
    <message>
        <source>Opened sample {name}</source>
        <translation>예제를 열었습니다: {name}</translation>
    </message>
    <message>
        <source>Fig. {figure}</source>
        <translation>그림 {figure}</translation>
    </message>
    <message>
        <source>Save graph as</source>
        <translation>그래프를 다른 이름으로 저장</translation>
    </message>
    <message>
        <source>Cannot save graph</source>
        <translation>그래프를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>{error}

Your changes are not saved; they are still open here. Try File ▸ Save As… with another name or folder.</source>
        <translation>{error}

변경 사항은 저장되지 않았지만 여기에 그대로 열려 있습니다. 파일 ▸ 다른 이름으로 저장…으로 다른 이름이나 폴더를 골라 보세요.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>저장하지 않았습니다: {problem}</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} 파일로 저장했습니다</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 이미지 (*.svg)</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>이미지 내보내기</translation>
    </message>
    <message>
        <source>Cannot export image</source>
        <translation>이미지를 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>{path}에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} 파일로 내보냈습니다</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>목록 지우기</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>the file is read-only</source>
        <translation>읽기 전용 파일입니다</translation>
    </message>
    <message>
        <source>node</source>
        <extracomment>the optional header fields a graph keeps in `meta`, in the order files write them (version 1 files without them still load: they have no figure); `title_ko` and `description_ko` are the title and description in Korean, shown instead when the app speaks Korean (`core.i18n.localized`). The graph&apos;s output follows them in the header (`core.model.output.FIELDS`): with none, every sink is an output with the gradient 1. what the items of each list in a graph file are called in messages: (one, many)</extracomment>
        <translation>노드</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>edge</source>
        <translation>엣지</translation>
    </message>
    <message>
        <source>edges</source>
        <translation>엣지</translation>
    </message>
    <message>
        <source>number</source>
        <translation>수</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>수</translation>
    </message>
    <message>
        <source>item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>items</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>too many {things}: the file has {count:,}, but a graph may have at most {limit:,}</source>
        <translation>{things}이(가) 너무 많습니다: 파일에는 {count:,}개가 있지만 그래프에는 최대 {limit:,}개까지 둘 수 있습니다</translation>
    </message>
    <message>
        <source>{at}: {count:,} {things}, but a {key} may have at most {limit:,}</source>
        <translation>{at}: {things} {count:,}개가 있지만 {key}에는 최대 {limit:,}개까지 둘 수 있습니다</translation>
    </message>
    <message>
        <source>{at}: {count:,} {things}, but a {key} needs at least {limit:,}</source>
        <translation>{at}: {things} {count:,}개가 있지만 {key}에는 적어도 {limit:,}개가 필요합니다</translation>
    </message>
    <message>
        <source>{at}: {a_key} cannot be empty</source>
        <translation>{at}: {a_key}은(는) 비어 있을 수 없습니다</translation>
    </message>
    <message>
        <source>{at}: {count:,} characters, but {a_key} may have at most {limit:,} (&quot;{value}&quot;)</source>
        <translation>{at}: {count:,}자이지만 {a_key}은(는) 최대 {limit:,}자까지입니다 (&quot;{value}&quot;)</translation>
    </message>
    <message>
        <source>{at}: {count:,} characters, but {a_key} needs at least {limit:,} (&quot;{value}&quot;)</source>
        <translation>{at}: {count:,}자이지만 {a_key}은(는) 적어도 {limit:,}자가 필요합니다 (&quot;{value}&quot;)</translation>
    </message>
    <message>
        <source>{name!r} is a required property</source>
        <translation>반드시 있어야 하는 {name!r} 항목이 없습니다</translation>
    </message>
    <message>
        <source>{value!r} is not of type {types}</source>
        <translation>{value!r}의 형식이 {types}이(가) 아닙니다</translation>
    </message>
    <message>
        <source>Additional properties are not allowed ({names} was unexpected)</source>
        <translation>알 수 없는 항목은 허용되지 않습니다 ({names}은(는) 예상하지 못한 항목입니다)</translation>
    </message>
    <message>
        <source>Additional properties are not allowed ({names} were unexpected)</source>
        <translation>알 수 없는 항목은 허용되지 않습니다 ({names}은(는) 예상하지 못한 항목입니다)</translation>
    </message>
    <message>
        <source>{value!r} was expected</source>
        <translation>{value!r}이(가) 와야 합니다</translation>
    </message>
    <message>
        <source>an {key}</source>
        <translation>{key}</translation>
    </message>
    <message>
        <source>a {key}</source>
        <translation>{key}</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows; write a finite number</source>
        <translation>{name}은(는) JSON에서 허용하는 수가 아닙니다. 유한한 수를 쓰세요</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>the file is {size:.0f} MB; graph files are limited to {limit} MB</source>
        <translation>파일 크기가 {size:.0f} MB입니다. 그래프 파일은 {limit} MB까지만 허용됩니다</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>파일을 읽을 수 없습니다 ({reason})</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte})</source>
        <translation>UTF-8 텍스트가 아닙니다 ({byte}번째 바이트)</translation>
    </message>
    <message>
        <source>not valid JSON: the file ends early (line {line}); it may have been cut off while it was written or copied</source>
        <translation>올바른 JSON이 아닙니다: 파일이 중간에 끝납니다({line}행). 저장하거나 복사하는 도중에 잘렸을 수 있습니다</translation>
    </message>
    <message>
        <source>not valid JSON: {problem} at line {line}, column {column}</source>
        <translation>올바른 JSON이 아닙니다: {line}행 {column}열에서 {problem}</translation>
    </message>
    <message>
        <source>not valid JSON: {problem}</source>
        <translation>올바른 JSON이 아닙니다: {problem}</translation>
    </message>
    <message>
        <source>not valid JSON: nested too deeply</source>
        <translation>올바른 JSON이 아닙니다: 너무 깊이 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>the file must hold one JSON object with &quot;format&quot;: &quot;{format}&quot;</source>
        <translation>파일에는 &quot;format&quot;: &quot;{format}&quot;이 들어 있는 JSON 객체 하나가 있어야 합니다</translation>
    </message>
    <message>
        <source>this is not a Backprop Studio graph file (&quot;format&quot; is {found}, expected &quot;{format}&quot;)</source>
        <translation>Backprop Studio 그래프 파일이 아닙니다 (&quot;format&quot;이 {found}입니다. &quot;{format}&quot;이어야 합니다)</translation>
    </message>
    <message>
        <source>version {found} is not supported; this Backprop Studio reads version {version}</source>
        <translation>버전 {found}은(는) 지원하지 않습니다. 이 Backprop Studio는 버전 {version}을 읽습니다</translation>
    </message>
    <message>
        <source>the document is nested too deeply</source>
        <translation>문서가 너무 깊이 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>{at}: unknown node type &quot;{type}&quot; (known: {known})</source>
        <translation>{at}: 알 수 없는 노드 종류 &quot;{type}&quot; (알려진 종류: {known})</translation>
    </message>
    <message>
        <source>{at}: duplicate id; another node already uses it</source>
        <translation>{at}: 중복된 id입니다. 다른 노드가 이미 쓰고 있습니다</translation>
    </message>
    <message>
        <source>{at}: {type} &quot;{label}&quot; has no value; give it one, as in &quot;params&quot;: {{&quot;value&quot;: 2}}</source>
        <translation>{at}: {type} &quot;{label}&quot;에 값이 없습니다. &quot;params&quot;: {{&quot;value&quot;: 2}}처럼 값을 주세요</translation>
    </message>
    <message>
        <source>{at}: source &quot;{id}&quot; is not a node in this file</source>
        <translation>{at}: 출발 노드 &quot;{id}&quot;이(가) 이 파일에 없습니다</translation>
    </message>
    <message>
        <source>{at}: target &quot;{id}&quot; is not a node in this file</source>
        <translation>{at}: 도착 노드 &quot;{id}&quot;이(가) 이 파일에 없습니다</translation>
    </message>
    <message>
        <source>{at}: input {port} of {node} already has an edge; a port takes one edge</source>
        <translation>{at}: {node}의 입력 {port}에 이미 엣지가 있습니다. 포트 하나에는 엣지 하나만 연결됩니다</translation>
    </message>
    <message>
        <source>the header: output &quot;{id}&quot; is not a node in this file</source>
        <translation>헤더: 출력 &quot;{id}&quot;이(가) 이 파일에 없는 노드입니다</translation>
    </message>
    <message>
        <source>the header</source>
        <translation>헤더</translation>
    </message>
    <message>
        <source>cannot save: {problem}</source>
        <translation>저장할 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>cannot save ({reason}); the file on disk is unchanged</source>
        <translation>저장할 수 없습니다 ({reason}). 디스크의 파일은 바뀌지 않았습니다</translation>
    </message>
</context>
<context>
    <name>Gradcheck</name>
    <message>
        <source>numerical: {passes:,} forward passes, {numerical}; backprop: one backward pass, {backprop}</source>
        <extracomment>elements checked per array unless all are asked for</extracomment>
        <translation>수치 미분: 순전파 {passes:,}번, {numerical}; 오차역전파법: 역전파 한 번, {backprop}</translation>
    </message>
    <message>
        <source>one element</source>
        <translation>원소 1개</translation>
    </message>
    <message>
        <source>all {n:,} elements</source>
        <translation>원소 {n:,}개 전부</translation>
    </message>
    <message>
        <source>{k:,} of {n:,} elements, sampled</source>
        <translation>원소 {n:,}개 중 {k:,}개 표본</translation>
    </message>
    <message>
        <source>no gradient (it feeds no computed output, or is class indices)</source>
        <extracomment>why the graph could not compute: each root cause, then its consequences odd but computed (non-finite values), as `run` reports them</extracomment>
        <translation>기울기 없음 (계산된 출력으로 이어지지 않거나 클래스 번호입니다)</translation>
    </message>
</context>
<context>
    <name>GradcheckDialog</name>
    <message>
        <source>Check Gradients</source>
        <translation>기울기 확인</translation>
    </message>
    <message>
        <source>Each source&apos;s gradient by backprop (one backward pass gives all of them) against numerical differentiation, (f(x + h) − f(x − h)) / 2h, which needs two forward passes for every element.</source>
        <translation>변수마다 오차역전파법으로 구한 기울기를 수치 미분 (f(x + h) − f(x − h)) / 2h와 비교합니다. 오차역전파법은 역전파 한 번으로 모든 기울기를 구하고, 수치 미분은 원소마다 순전파를 두 번 해야 합니다.</translation>
    </message>
    <message>
        <source>Check every element (slow for large arrays; by default {n} sampled per array)</source>
        <translation>모든 원소 확인 (큰 배열에서는 느립니다. 기본은 배열마다 {n}개 표본)</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>형상</translation>
    </message>
    <message>
        <source>Backprop</source>
        <translation>오차역전파법</translation>
    </message>
    <message>
        <source>Numerical</source>
        <translation>수치 미분</translation>
    </message>
    <message>
        <source>Mean |difference|</source>
        <translation>평균 |차이|</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>다시 확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인하는 중…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>The check could not run: {message}</source>
        <translation>확인을 실행할 수 없었습니다: {message}</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Numerical: {passes:,} forward passes, {numerical}. Backprop: one backward pass, {backprop}.</source>
        <translation>수치 미분: 순전파 {passes:,}번, {numerical}. 오차역전파법: 역전파 한 번, {backprop}.</translation>
    </message>
    <message>
        <source>Cancelled: the rows above are what was compared so far.</source>
        <translation>취소했습니다: 위의 행은 지금까지 비교한 것입니다.</translation>
    </message>
    <message>
        <source>The graph cannot compute: {error}</source>
        <translation>그래프를 계산할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Passed: backprop agrees with numerical differentiation.</source>
        <translation>통과: 오차역전파법의 기울기가 수치 미분과 일치합니다.</translation>
    </message>
    <message>
        <source>FAILED for {nodes}: backprop and numerical differentiation disagree.</source>
        <translation>{nodes}에서 실패: 오차역전파법과 수치 미분의 결과가 다릅니다.</translation>
    </message>
</context>
<context>
    <name>Graph</name>
    <message>
        <source>a label cannot be empty</source>
        <extracomment>which node is L, and the gradient arriving at it</extracomment>
        <translation>레이블은 비어 있을 수 없습니다</translation>
    </message>
    <message>
        <source>a label may have at most {limit} characters, and this one has {count:,}</source>
        <translation>레이블은 최대 {limit}자까지인데, 이 레이블은 {count:,}자입니다</translation>
    </message>
    <message>
        <source>too many nodes: a graph holds at most {limit:,}, and this one would have {count:,}</source>
        <translation>노드가 너무 많습니다: 그래프에는 최대 {limit:,}개까지 둘 수 있는데, 이 그래프는 {count:,}개가 됩니다</translation>
    </message>
    <message>
        <source>too many edges: a graph holds at most {limit:,}, and this one would have {count:,}</source>
        <translation>엣지가 너무 많습니다: 그래프에는 최대 {limit:,}개까지 둘 수 있는데, 이 그래프는 {count:,}개가 됩니다</translation>
    </message>
    <message>
        <source>the values would take up to {size} in the graph&apos;s file, and a graph file has room for {limit} of values (it is limited to {file})</source>
        <translation>값들이 그래프 파일에서 최대 {size}를 차지하게 되는데, 그래프 파일에는 값을 위한 공간이 {limit}까지만 있습니다(파일 크기 제한 {file})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>{node} has no input port {port!r} (ports: {ports})</source>
        <translation>{node}에는 입력 포트 {port!r}이(가) 없습니다 (포트: {ports})</translation>
    </message>
    <message>
        <source>a node cannot feed itself</source>
        <translation>노드는 자기 자신에게 연결될 수 없습니다</translation>
    </message>
    <message>
        <source>{source} already depends on {target}: this edge would make a cycle</source>
        <translation>{source}은(는) 이미 {target}에 의존합니다: 이 엣지는 순환을 만듭니다</translation>
    </message>
    <message>
        <source>unknown node type {type!r}</source>
        <translation>알 수 없는 노드 종류 {type!r}</translation>
    </message>
    <message>
        <source>a node with id {id!r} already exists</source>
        <translation>id가 {id!r}인 노드가 이미 있습니다</translation>
    </message>
    <message>
        <source>a node id has 1 to {limit} characters, not {count}</source>
        <translation>노드 id는 1자에서 {limit}자 사이여야 합니다 (지금은 {count}자)</translation>
    </message>
    <message>
        <source>input {port} of {node} is already connected</source>
        <translation>{node}의 입력 {port}은(는) 이미 연결되어 있습니다</translation>
    </message>
    <message>
        <source>these edges would make a cycle</source>
        <translation>이 엣지들은 순환을 만듭니다</translation>
    </message>
    <message>
        <source>input {port} of node {id!r} is not connected</source>
        <translation>노드 {id!r}의 입력 {port}은(는) 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <source>there is no node with id {id!r}</source>
        <translation>id가 {id!r}인 노드가 없습니다</translation>
    </message>
    <message>
        <source>name the graph&apos;s output before the gradient arriving at it</source>
        <extracomment>the header fields of a graph file that hold the output, in the order files write them</extracomment>
        <translation>출력으로 흘러 들어오는 기울기를 정하기 전에 그래프의 출력을 지정하세요</translation>
    </message>
    <message>
        <source>the {what} holds a lone surrogate escape (\u{code:04x}), which is not a character</source>
        <extracomment>the longest a number is in a file, with its separator: &quot;-1.2345678901234567e-300, &quot; a list&apos;s brackets and its separator: &quot;[&quot;, &quot;], &quot; what a graph at its node and edge limits takes in a file besides its values (ids the editor makes, 200-character labels in Korean, positions, parameters): about 12 MB, rounded up what all the values of a graph may take together in its file, written at their longest</extracomment>
        <translation>{what}에 문자가 아닌 외톨이 서로게이트 이스케이프(\u{code:04x})가 들어 있습니다</translation>
    </message>
    <message>
        <source>position must be two finite numbers</source>
        <translation>위치는 유한한 수 두 개여야 합니다</translation>
    </message>
</context>
<context>
    <name>GraphScene</name>
    <message>
        <source>{label} (output)</source>
        <translation>{label} (출력)</translation>
    </message>
    <message>
        <source>value and gradient</source>
        <translation>값과 기울기</translation>
    </message>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>기울기</translation>
    </message>
    <message>
        <source>⚠ The {which} here is not a finite number (∞ or NaN). The node outlined in amber is where it started: an overflow, a log of 0 or a division by 0.</source>
        <translation>⚠ 여기의 {which}: 유한한 수가 아닙니다 (∞ 또는 NaN). 주황색 테두리의 노드가 시작된 곳입니다: 오버플로, log 0, 또는 0으로 나누기.</translation>
    </message>
</context>
<context>
    <name>HistogramView</name>
    <message>
        <source>Activation</source>
        <extracomment>the inits offered, as core takes them (counts, edges) of each layer, as drawn</extracomment>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>가중치의 초깃값</translation>
    </message>
    <message>
        <source>std 1</source>
        <translation>표준편차 1</translation>
    </message>
    <message>
        <source>std 0.01</source>
        <translation>표준편차 0.01</translation>
    </message>
    <message>
        <source>Xavier</source>
        <translation>Xavier 초깃값</translation>
    </message>
    <message>
        <source>He</source>
        <translation>He 초깃값</translation>
    </message>
    <message>
        <source>Xavier: std 1/√n; He: std √(2/n), n the layer&apos;s inputs (100)</source>
        <translation>Xavier: 표준편차 1/√n, He: 표준편차 √(2/n) (n은 층의 입력 수 100)</translation>
    </message>
    <message>
        <source>layer {number}</source>
        <translation>{number}층</translation>
    </message>
    <message>
        <source>1,000 inputs through {layers} layers of 100; {bins} bins over {low:g}..{high:g}.</source>
        <translation>입력 1,000개가 노드 100개짜리 층 {layers}개를 지난다. {low:g}..{high:g} 구간을 {bins}개로 나눴다.</translation>
    </message>
    <message>
        <source>The activations pile up at 0 and 1, where the sigmoid&apos;s gradient vanishes (figure 6-10).</source>
        <translation>활성화값이 0과 1에 치우쳐 있다. 이곳에서는 시그모이드의 기울기가 사라진다(그림 6-10).</translation>
    </message>
    <message>
        <source>The activations crowd around 0.5: every node says the same, as if there were one (figure 6-11).</source>
        <translation>활성화값이 0.5 부근에 몰려 있다. 모든 노드가 같은 값을 내니 노드가 하나뿐인 것과 같다(그림 6-11).</translation>
    </message>
    <message>
        <source>Xavier&apos;s initial weights keep the activations spread in every layer (figure 6-13).</source>
        <translation>Xavier 초깃값을 쓰면 모든 층에서 활성화값이 고루 퍼진다(그림 6-13).</translation>
    </message>
    <message>
        <source>With He&apos;s initial weights ReLU&apos;s activations keep the same spread in every layer (figure 6-14).</source>
        <translation>He 초깃값을 쓰면 ReLU의 활성화값이 모든 층에서 같은 폭으로 퍼진다(그림 6-14).</translation>
    </message>
    <message>
        <source>With ReLU these initial weights shrink or skew the activations layer by layer; He&apos;s keep them even (figure 6-14).</source>
        <translation>ReLU에 이 초깃값을 쓰면 층을 지날수록 활성화값이 줄어들거나 한쪽으로 치우친다. He 초깃값은 고르게 유지한다(그림 6-14).</translation>
    </message>
    <message>
        <source>Compare the layers: a good initialization keeps their histograms alike.</source>
        <translation>층끼리 비교해 보자. 초깃값이 좋으면 층마다 히스토그램이 비슷하다.</translation>
    </message>
</context>
<context>
    <name>HyperparameterForm</name>
    <message>
        <source>Hidden size</source>
        <extracomment>the named initial weights, as the list shows them and as core takes them the widest hidden layer and the most hidden layers the layers field accepts</extracomment>
        <translation>은닉층 크기</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Init weights</source>
        <translation>가중치 초깃값</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>최적화 기법</translation>
    </message>
    <message>
        <source>Weight decay λ</source>
        <translation>가중치 감소 λ</translation>
    </message>
    <message>
        <source>Train images</source>
        <translation>훈련 이미지 수</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>Batch Norm</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <source>units in the hidden layer of a two-layer net</source>
        <translation>2층 신경망의 은닉층 뉴런 수</translation>
    </message>
    <message>
        <source>the optimizer&apos;s learning rate (SGD: W ← W − lr·dW)</source>
        <translation>최적화 기법의 학습률 (SGD: W ← W − lr·dW)</translation>
    </message>
    <message>
        <source>weights start as normal(0, std²), with std a number, Xavier&apos;s 1/√n or He&apos;s √(2/n) for a layer of n inputs; biases start at zero</source>
        <translation>가중치는 정규분포 normal(0, std²)로 시작합니다. std는 수를 직접 주거나, 입력이 n개인 층에 대해 Xavier 초깃값 1/√n 또는 He 초깃값 √(2/n)을 씁니다. 편향은 0으로 시작합니다</translation>
    </message>
    <message>
        <source>all</source>
        <translation>전부</translation>
    </message>
    <message>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>&lt;b&gt;Network&lt;/b&gt; (a change builds it on the canvas)</source>
        <translation>&lt;b&gt;신경망&lt;/b&gt; (바꾸면 캔버스에 새로 만듭니다)</translation>
    </message>
    <message>
        <source>images per minibatch</source>
        <translation>미니배치 하나의 이미지 수</translation>
    </message>
    <message>
        <source>minibatch updates to train</source>
        <translation>학습할 미니배치 갱신 횟수</translation>
    </message>
    <message>
        <source>seeds the initial weights and the batch order</source>
        <translation>가중치 초깃값과 배치 순서를 정하는 시드</translation>
    </message>
    <message>
        <source>how the parameters are updated from their gradients</source>
        <translation>기울기로 매개변수를 갱신하는 방법</translation>
    </message>
    <message>
        <source>float32 trains faster; float64 is the book&apos;s precision</source>
        <translation>float32는 더 빠르게 학습하고, float64는 책과 같은 정밀도입니다</translation>
    </message>
    <message>
        <source>adds ½λ‖W‖² to the loss and λW to each weight&apos;s gradient (0: none)</source>
        <translation>손실에 ½λ‖W‖²을, 각 가중치의 기울기에 λW를 더합니다 (0: 쓰지 않음)</translation>
    </message>
    <message>
        <source>train on the first N training images (all: every one); 300 shows overfitting</source>
        <translation>훈련 이미지 중 앞의 N개로 학습합니다 (전부: 모든 이미지). 300개면 오버피팅이 보입니다</translation>
    </message>
    <message>
        <source>hidden layer widths, e.g. 100,100,100,100; a change builds that network on the canvas</source>
        <translation>은닉층마다의 뉴런 수 (예: 100,100,100,100). 바꾸면 그 신경망을 캔버스에 만듭니다</translation>
    </message>
    <message>
        <source>the hidden layers&apos; activation; a change builds the network</source>
        <translation>은닉층의 활성화 함수. 바꾸면 신경망을 새로 만듭니다</translation>
    </message>
    <message>
        <source>a Batch Normalization node after each hidden Affine; a change builds the network</source>
        <translation>은닉층의 Affine마다 뒤에 배치 정규화 노드를 둡니다. 바꾸면 신경망을 새로 만듭니다</translation>
    </message>
    <message>
        <source>a Dropout node after each activation, dropping this ratio (off: none); a change builds the network</source>
        <translation>활성화 함수마다 뒤에 이 비율만큼 뉴런을 삭제하는 드롭아웃 노드를 둡니다 (끔: 없음). 바꾸면 신경망을 새로 만듭니다</translation>
    </message>
    <message>
        <source>as graph</source>
        <translation>그래프대로</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Edited since it was opened: the description is of the graph as it was.</source>
        <translation>연 뒤에 편집한 그래프입니다. 위의 설명은 편집하기 전의 그래프에 대한 것입니다.</translation>
    </message>
    <message>
        <source>Select one node to edit it.</source>
        <translation>편집할 노드 하나를 선택하세요.</translation>
    </message>
    <message>
        <source>Drag ops from the palette (or press Tab on the canvas), drag from an output port to an input port to connect, double-click a node&apos;s name to rename it.</source>
        <translation>팔레트에서 연산을 끌어오고(또는 캔버스에서 Tab 키), 출력 포트에서 입력 포트로 끌어 연결하고, 노드 이름을 더블클릭해 이름을 바꾸세요.</translation>
    </message>
    <message>
        <source>(id {id})</source>
        <translation>(식별자 {id})</translation>
    </message>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>기울기</translation>
    </message>
    <message>
        <source>Not applied: {problem}</source>
        <translation>적용하지 않았습니다: {problem}</translation>
    </message>
    <message>
        <source>{label} updated</source>
        <translation>바꿨습니다: {label}</translation>
    </message>
</context>
<context>
    <name>JSON</name>
    <message>
        <source>a value was expected</source>
        <extracomment>what Python&apos;s JSON reader says, in our words (it says it in English whatever the app speaks)</extracomment>
        <translation>값이 와야 합니다</translation>
    </message>
    <message>
        <source>a name in double quotes was expected</source>
        <translation>큰따옴표로 감싼 이름이 와야 합니다</translation>
    </message>
    <message>
        <source>a &apos;:&apos; was expected</source>
        <translation>&apos;:&apos;가 와야 합니다</translation>
    </message>
    <message>
        <source>a &apos;,&apos; was expected</source>
        <translation>&apos;,&apos;가 와야 합니다</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>문자열이 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>문자열 안에 제어 문자가 있습니다</translation>
    </message>
    <message>
        <source>an invalid escape after a backslash</source>
        <translation>역슬래시 뒤의 이스케이프가 잘못되었습니다</translation>
    </message>
    <message>
        <source>an invalid unicode escape</source>
        <translation>유니코드 이스케이프가 잘못되었습니다</translation>
    </message>
    <message>
        <source>more text after the end of the document</source>
        <translation>문서가 끝난 뒤에 글이 더 있습니다</translation>
    </message>
    <message>
        <source>a &apos;,&apos; before the end of an object</source>
        <translation>객체가 끝나기 바로 앞에 &apos;,&apos;가 있습니다</translation>
    </message>
    <message>
        <source>a &apos;,&apos; before the end of a list</source>
        <translation>목록이 끝나기 바로 앞에 &apos;,&apos;가 있습니다</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Korean needs a font that can draw Hangul (e.g. Noto Sans CJK KR or NanumGothic), and none is installed: the app stays in English.</source>
        <extracomment>each language by its own name: the menu shows them so whatever the app speaks</extracomment>
        <translation>한국어를 표시하려면 한글 글꼴(예: Noto Sans CJK KR, 나눔고딕)이 필요한데 설치된 것이 없어 영어로 표시합니다.</translation>
    </message>
</context>
<context>
    <name>MNIST</name>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>is named .gz but is not gzip-compressed (rename it without .gz if it is a raw IDX file)</source>
        <translation>이름은 .gz인데 gzip으로 압축되어 있지 않습니다 (압축하지 않은 IDX 파일이면 .gz를 빼고 이름을 바꾸세요)</translation>
    </message>
    <message>
        <source>decompressed data</source>
        <translation>압축을 푼 데이터</translation>
    </message>
    <message>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>the gzip data is corrupt or cut short ({problem})</source>
        <translation>gzip 데이터가 손상되었거나 잘렸습니다 ({problem})</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>파일을 읽을 수 없습니다 ({reason})</translation>
    </message>
    <message>
        <source>image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>the {what} is too short for an IDX {kind}-file header ({got} bytes; the header is {size})</source>
        <translation>{what}이(가) IDX {kind} 파일 헤더보다 짧습니다 ({got}바이트, 헤더는 {size}바이트)</translation>
    </message>
    <message>
        <source>the header declares no {kinds} (a count of 0)</source>
        <translation>헤더에 선언된 {kinds}이(가) 없습니다 (개수 0)</translation>
    </message>
    <message>
        <source>the header declares {count:,} {kinds}, more than the {limit:,} this loader accepts; the header is corrupt</source>
        <translation>헤더에 선언된 {kinds}이(가) {count:,}개로, 이 로더가 받는 {limit:,}개보다 많습니다. 헤더가 손상되었습니다</translation>
    </message>
    <message>
        <source>the header declares images of {rows:,} x {cols:,} pixels; MNIST images are 28 x 28</source>
        <translation>헤더에 선언된 이미지가 {rows:,} x {cols:,} 픽셀입니다. MNIST 이미지는 28 x 28입니다</translation>
    </message>
    <message>
        <source>is truncated: the header declares {count:,} {kinds} ({payload:,} bytes) but the {what} cannot hold that many</source>
        <translation>잘린 파일입니다: 헤더에는 {kinds} {count:,}개({payload:,}바이트)가 선언되어 있지만 {what}에 그만큼 담길 수 없습니다</translation>
    </message>
    <message>
        <source>is truncated: the header declares {count:,} {kinds} but the {what} holds only {size:,} of their {payload:,} bytes ({got:,} whole {kinds})</source>
        <translation>잘린 파일입니다: 헤더에는 {kinds} {count:,}개가 선언되어 있지만 {what}에는 {payload:,}바이트 중 {size:,}바이트만 있습니다 (온전한 {kinds} {got:,}개)</translation>
    </message>
    <message>
        <source>has trailing data after the {count:,} {kinds} the header declares; the file is corrupt or not a single IDX file</source>
        <translation>헤더가 선언한 {kinds} {count:,}개 뒤에 데이터가 더 있습니다. 파일이 손상되었거나 IDX 파일 하나가 아닙니다</translation>
    </message>
    <message>
        <source>does not start with the IDX {kind}-file magic number {expected} (it starts with {found})</source>
        <translation>IDX {kind} 파일의 매직 넘버 {expected}로 시작하지 않습니다 ({found}로 시작합니다)</translation>
    </message>
    <message>
        <source>; this looks like a label file</source>
        <translation>. 레이블 파일로 보입니다</translation>
    </message>
    <message>
        <source>; this looks like an image file</source>
        <translation>. 이미지 파일로 보입니다</translation>
    </message>
    <message>
        <source>; this looks gzip-compressed: name it with a .gz suffix</source>
        <translation>. gzip으로 압축된 것 같습니다: 이름 끝에 .gz를 붙이세요</translation>
    </message>
    <message>
        <source>{name}[{i:,}] is {value}; MNIST labels are the digits 0-9</source>
        <translation>{name}[{i:,}]의 값이 {value}입니다. MNIST 레이블은 숫자 0-9입니다</translation>
    </message>
    <message>
        <source>is not a folder (nor an .npz file); pass --data DIR with the folder that holds the four MNIST files</source>
        <translation>폴더가 아닙니다 (.npz 파일도 아닙니다). MNIST 파일 네 개가 든 폴더를 --data DIR로 지정하세요</translation>
    </message>
    <message>
        <source>holds {labels:,} labels but {name} holds {images:,} images; the counts must be equal</source>
        <translation>레이블은 {labels:,}개인데 {name}의 이미지는 {images:,}개입니다. 개수가 같아야 합니다</translation>
    </message>
    <message>
        <source>cannot be read as an .npz archive ({problem})</source>
        <translation>.npz 압축 파일로 읽을 수 없습니다 ({problem})</translation>
    </message>
    <message>
        <source>the {split} arrays changed shape while being read</source>
        <translation>{split} 배열의 형상이 읽는 도중에 바뀌었습니다</translation>
    </message>
    <message>
        <source>x_{split} holds {images:,} images but y_{split} holds {labels:,} labels; the counts must be equal</source>
        <translation>x_{split}의 이미지는 {images:,}개인데 y_{split}의 레이블은 {labels:,}개입니다. 개수가 같아야 합니다</translation>
    </message>
    <message>
        <source>has no array &apos;{key}&apos;; an MNIST .npz holds {keys}</source>
        <translation>배열 &apos;{key}&apos;이(가) 없습니다. MNIST .npz에는 {keys}이(가) 들어 있어야 합니다</translation>
    </message>
    <message>
        <source>array &apos;{key}&apos; uses .npy format version {version}, which this loader does not read</source>
        <translation>배열 &apos;{key}&apos;이(가) .npy 형식 버전 {version}을(를) 씁니다. 이 로더는 그 버전을 읽지 못합니다</translation>
    </message>
    <message>
        <source>uint8 pixels</source>
        <translation>uint8 픽셀</translation>
    </message>
    <message>
        <source>integer labels</source>
        <translation>정수 레이블</translation>
    </message>
    <message>
        <source>array &apos;{key}&apos; has dtype {dtype}; expected {want}</source>
        <translation>배열 &apos;{key}&apos;의 dtype이 {dtype}입니다. {want}이어야 합니다</translation>
    </message>
    <message>
        <source>(N, 28, 28) or (N, 784)</source>
        <translation>(N, 28, 28) 또는 (N, 784)</translation>
    </message>
    <message>
        <source>array &apos;{key}&apos; has shape {shape}; expected {want}</source>
        <translation>배열 &apos;{key}&apos;의 형상이 {shape}입니다. {want}이어야 합니다</translation>
    </message>
    <message>
        <source>array &apos;{key}&apos; holds {count:,} items; expected 1 to {limit:,}</source>
        <translation>배열 &apos;{key}&apos;에 항목이 {count:,}개 있습니다. 1개에서 {limit:,}개 사이여야 합니다</translation>
    </message>
    <message>
        <source>the folder does not exist, so the MNIST files are missing</source>
        <translation>폴더가 없어서 MNIST 파일도 없습니다</translation>
    </message>
    <message>
        <source>MNIST files are missing from the folder</source>
        <translation>폴더에 MNIST 파일이 없습니다</translation>
    </message>
    <message>
        <source>{where}: {names}. Pass --data DIR with a folder holding the four MNIST files ({files}, each .gz or raw) or an {npz}, or let Backprop Studio download them (train --download, or Download in the Training panel)</source>
        <translation>{where}: {names}. MNIST 파일 네 개({files}, 각각 .gz 또는 압축하지 않은 파일)나 {npz}이(가) 든 폴더를 --data DIR로 지정하거나, Backprop Studio가 내려받게 하세요 (train --download, 또는 학습 패널의 내려받기)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Palette</source>
        <translation>팔레트</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>속성</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>{name} (sample)</source>
        <translation>{name} (예제)</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>Clear the &amp;Output</source>
        <translation>출력 지정 해제(&amp;O)</translation>
    </message>
    <message>
        <source>Make the &amp;Output (L)</source>
        <translation>출력 L로 지정(&amp;O)</translation>
    </message>
    <message>
        <source>A new, empty graph: drag ops from the palette, or press Tab on the canvas.</source>
        <translation>새 빈 그래프: 팔레트에서 연산을 끌어오거나 캔버스에서 Tab을 누르세요.</translation>
    </message>
    <message>
        <source>Restored the unsaved changes autosaved before the crash.</source>
        <translation>비정상 종료 전에 자동 저장된, 저장하지 않은 변경 사항을 복원했습니다.</translation>
    </message>
    <message>
        <source>Undone: {command}</source>
        <translation>실행 취소했습니다: {command}</translation>
    </message>
    <message>
        <source>Redone: {command}</source>
        <translation>다시 실행했습니다: {command}</translation>
    </message>
    <message>
        <source>Select one node to rename it.</source>
        <translation>이름을 바꾸려면 노드 하나를 선택하세요.</translation>
    </message>
    <message>
        <source>Select one node to make it the graph&apos;s output.</source>
        <translation>그래프의 출력으로 지정하려면 노드 하나를 선택하세요.</translation>
    </message>
    <message>
        <source>Arranged the graph; Edit ▸ Undo puts it back.</source>
        <translation>그래프를 정리했습니다. 편집 ▸ 실행 취소로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Export Image as &amp;PNG…</source>
        <translation>PNG 이미지로 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Image as S&amp;VG…</source>
        <translation>SVG 이미지로 내보내기(&amp;V)…</translation>
    </message>
    <message>
        <source>Export as P&amp;ython…</source>
        <translation>Python 코드로 내보내기(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>이름 바꾸기(&amp;R)</translation>
    </message>
    <message>
        <source>Make or clear the output</source>
        <translation>출력 L로 지정 또는 해제</translation>
    </message>
    <message>
        <source>Add &amp;Op…</source>
        <translation>연산 추가(&amp;O)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>실제 크기(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Fit to Graph</source>
        <translation>그래프에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>A&amp;rrange the Graph</source>
        <translation>그래프 정리(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Step Mode</source>
        <translation>단계 모드(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>다음 단계(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>이전 단계(&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;xit Step Mode</source>
        <translation>단계 모드 끝내기(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Train on MNIST…</source>
        <translation>MNIST로 학습(&amp;T)…</translation>
    </message>
    <message>
        <source>Check &amp;Gradients…</source>
        <translation>기울기 확인(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>연습(&amp;P)</translation>
    </message>
    <message>
        <source>Gradient &amp;Descent Step</source>
        <translation>경사 하강 한 단계(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Backprop Studio</source>
        <translation>Backprop Studio 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>action → the keys a person presses for it (the sheet lists these), and the untranslated name the sheet gives it</extracomment>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Sample</source>
        <translation>예제 열기(&amp;S)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <source>&amp;Light Theme</source>
        <extracomment>the theme actions&apos; texts (a theme without one shows its name)</extracomment>
        <translation>밝은 테마(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>어두운 테마(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo {command}</source>
        <translation>실행 취소(&amp;U): {command}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {command}</source>
        <translation>다시 실행(&amp;R): {command}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Paste Here</source>
        <translation>여기에 붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Add &amp;Op Here…</source>
        <translation>여기에 연산 추가(&amp;O)…</translation>
    </message>
    <message>
        <source>Connect</source>
        <extracomment>the canvas gestures that are no action, for the Keyboard Shortcuts list</extracomment>
        <translation>연결</translation>
    </message>
    <message>
        <source>drag from an output port to an input port</source>
        <translation>출력 포트에서 입력 포트로 끌기</translation>
    </message>
    <message>
        <source>Move an edge</source>
        <translation>엣지 옮기기</translation>
    </message>
    <message>
        <source>drag it off its input port</source>
        <translation>입력 포트에서 떼어 끌기</translation>
    </message>
    <message>
        <source>Select several</source>
        <translation>여러 개 선택</translation>
    </message>
    <message>
        <source>drag on empty canvas; Ctrl or Shift adds</source>
        <translation>빈 캔버스에서 끌기. Ctrl이나 Shift를 누르면 선택에 추가합니다</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>화면 이동</translation>
    </message>
    <message>
        <source>middle-drag, or Space and drag</source>
        <translation>가운데 버튼으로 끌기, 또는 Space를 누른 채 끌기</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>확대/축소</translation>
    </message>
    <message>
        <source>mouse wheel</source>
        <translation>마우스 휠</translation>
    </message>
    <message>
        <source>Cancel a drag</source>
        <translation>끌기 취소</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>캔버스</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>About Backprop Studio</source>
        <translation>Backprop Studio 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Backprop Studio {version}&lt;/h3&gt;&lt;p&gt;See backpropagation happen: build computational graphs and watch values flow forward and gradients flow backward, as chapter 5 of &lt;i&gt;Deep Learning from Scratch&lt;/i&gt; (밑바닥부터 시작하는 딥러닝, Koki Saito) teaches it.&lt;/p&gt;&lt;p&gt;MIT licence. Python, NumPy, PySide6 (Qt) and pyqtgraph.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Backprop Studio {version}&lt;/h3&gt;&lt;p&gt;오차역전파법을 눈으로 보세요: 계산 그래프를 만들고, 값이 순전파로 흐르고 기울기가 역전파로 흐르는 모습을 지켜보세요. 사이토 고키의 &lt;i&gt;밑바닥부터 시작하는 딥러닝&lt;/i&gt; 5장이 가르치는 그대로입니다.&lt;/p&gt;&lt;p&gt;MIT 라이선스. Python, NumPy, PySide6 (Qt), pyqtgraph로 만들었습니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MistakesView</name>
    <message>
        <source>Misclassified test digits appear here after training.</source>
        <translation>학습하고 나면 잘못 분류한 시험 숫자가 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>{wrong:,} of {total:,} test digits are misclassified at iteration {iteration:,}; the first {shown} are shown.</source>
        <translation>반복 {iteration:,}에서 시험 숫자 {total:,}개 중 {wrong:,}개를 잘못 분류했습니다. 처음 {shown}개를 보여 줍니다.</translation>
    </message>
    <message>
        <source>{wrong:,} of {total:,} test digits are misclassified at iteration {iteration:,}.</source>
        <translation>반복 {iteration:,}에서 시험 숫자 {total:,}개 중 {wrong:,}개를 잘못 분류했습니다.</translation>
    </message>
    <message>
        <source>pred {said}
true {true}</source>
        <translation>예측 {said}
정답 {true}</translation>
    </message>
    <message>
        <source>test digit #{index}: the net says {said}, the label says {true}</source>
        <translation>시험 숫자 #{index}: 신경망은 {said}, 정답 레이블은 {true}</translation>
    </message>
</context>
<context>
    <name>NetworkBuilder</name>
    <message>
        <source>The network was not built: {error}</source>
        <extracomment>the hidden layers built when the layers field is empty (&quot;as graph&quot;): today&apos;s 50</extracomment>
        <translation>신경망을 만들지 않았습니다: {error}</translation>
    </message>
    <message>
        <source>Backprop Studio</source>
        <translation>Backprop Studio</translation>
    </message>
    <message>
        <source>Building the network replaces the graph on the canvas, which you have edited.

Discard: replace it (Edit ▸ Undo brings it back).
Cancel: keep it.</source>
        <translation>신경망을 만들면 편집한 캔버스의 그래프를 바꿉니다.

무시: 그래프를 바꿉니다(편집 ▸ 실행 취소로 되돌릴 수 있습니다).
취소: 그래프를 그대로 둡니다.</translation>
    </message>
    <message>
        <source>The network was not built: the canvas keeps your graph.</source>
        <translation>신경망을 만들지 않았습니다. 캔버스의 그래프는 그대로입니다.</translation>
    </message>
    <message>
        <source>Built the network on the canvas: {count} nodes. Edit ▸ Undo brings the old graph back.</source>
        <translation>캔버스에 신경망을 만들었습니다: 노드 {count}개. 편집 ▸ 실행 취소로 예전 그래프를 되돌릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>{shape} empty</source>
        <extracomment>a number this close to 0 is rounding left over from arithmetic on numbers near 1 (a Gradient Step&apos;s 0.3 - 0.1 × 3 is -5.55e-17): it is shown as 0, and only shown so in an array, an element this many times smaller than its largest is shown as 0 arrays with at most this many elements are shown in full</extracomment>
        <translation>{shape} 비어 있음</translation>
    </message>
    <message>
        <source>all {value}</source>
        <translation>모두 {value}</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count}바이트</translation>
    </message>
    <message>
        <source>(a … b: its smallest and its largest element)</source>
        <translation>(a … b: 가장 작은 원소와 가장 큰 원소)</translation>
    </message>
</context>
<context>
    <name>OpSearchPopup</name>
    <message>
        <source>Add op…</source>
        <translation>연산 추가…</translation>
    </message>
    <message>
        <source>Enter adds · Esc closes · F2 renames a selected node</source>
        <translation>Enter: 추가 · Esc: 닫기 · F2: 선택한 노드 이름 바꾸기</translation>
    </message>
    <message>
        <source>No op matches “{text}”</source>
        <translation>“{text}”에 맞는 연산이 없습니다</translation>
    </message>
</context>
<context>
    <name>Optimizers</name>
    <message>
        <source>SGD</source>
        <extracomment>the names as a reader sees them (the Korean edition writes 모멘텀, and SGD, AdaGrad, RMSProp, Adam in Latin letters), read with translate(&quot;Optimizers&quot;, name)</extracomment>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSProp</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>W ← W − {lr:g}·∂L/∂W: a step straight down the gradient, as long as the learning rate says</source>
        <translation>W ← W − {lr:g}·∂L/∂W: 기울어진 방향으로 학습률만큼 곧장 내려간다</translation>
    </message>
    <message>
        <source>v ← {momentum:g}·v − {lr:g}·∂L/∂W, W ← W + v: the velocity v keeps what earlier steps did, like a ball rolling down the slope</source>
        <translation>v ← {momentum:g}·v − {lr:g}·∂L/∂W, W ← W + v: 속도 v가 앞선 걸음을 기억해, 비탈을 굴러 내려가는 공처럼 움직인다</translation>
    </message>
    <message>
        <source>v ← {momentum:g}·v − {lr:g}·∂L/∂W, W ← W + {momentum:g}²·v − (1 + {momentum:g})·{lr:g}·∂L/∂W: momentum that looks one step ahead before it moves</source>
        <translation>v ← {momentum:g}·v − {lr:g}·∂L/∂W, W ← W + {momentum:g}²·v − (1 + {momentum:g})·{lr:g}·∂L/∂W: 움직이기 전에 한 걸음 앞을 내다보는 모멘텀이다</translation>
    </message>
    <message>
        <source>h ← h + ∂L/∂W ⊙ ∂L/∂W, W ← W − {lr:g}·∂L/∂W / √h: every parameter&apos;s steps shrink as its gradients pile up in h</source>
        <translation>h ← h + ∂L/∂W ⊙ ∂L/∂W, W ← W − {lr:g}·∂L/∂W / √h: 기울기가 h에 쌓일수록 매개변수마다 걸음이 작아진다</translation>
    </message>
    <message>
        <source>h ← {decay:g}·h + {rest:g}·∂L/∂W ⊙ ∂L/∂W, W ← W − {lr:g}·∂L/∂W / √h: like AdaGrad, but old gradients fade from h</source>
        <translation>h ← {decay:g}·h + {rest:g}·∂L/∂W ⊙ ∂L/∂W, W ← W − {lr:g}·∂L/∂W / √h: AdaGrad와 같지만 오래된 기울기는 h에서 서서히 잊힌다</translation>
    </message>
    <message>
        <source>m ← m + {r1:g}·(∂L/∂W − m), v ← v + {r2:g}·(∂L/∂W ⊙ ∂L/∂W − v), W ← W − {lr:g}·√(1 − {b2:g}ᵗ)/(1 − {b1:g}ᵗ)·m / √v: Momentum&apos;s m and AdaGrad&apos;s v together, corrected for starting at 0</source>
        <translation>m ← m + {r1:g}·(∂L/∂W − m), v ← v + {r2:g}·(∂L/∂W ⊙ ∂L/∂W − v), W ← W − {lr:g}·√(1 − {b2:g}ᵗ)/(1 − {b1:g}ᵗ)·m / √v: 모멘텀의 m과 AdaGrad의 v를 함께 쓰고, 0에서 출발한 치우침을 보정한다</translation>
    </message>
    <message>
        <source>unknown optimizer {key!r}; choose one of {known}</source>
        <extracomment>every optimizer by key, in the book&apos;s order</extracomment>
        <translation>알 수 없는 최적화 기법 {key!r}입니다. 다음 중에서 고르세요: {known}</translation>
    </message>
</context>
<context>
    <name>OutputRow</name>
    <message>
        <source>The graph&apos;s output L: backward starts here</source>
        <translation>그래프의 출력 L: 역전파가 여기서 시작합니다</translation>
    </message>
    <message>
        <source>∂L/∂output, the gradient arriving at the output: 1, or a number or an array of the output&apos;s shape when it comes from the rest of a larger graph</source>
        <translation>∂L/∂출력, 출력에 도착하는 기울기: 1, 또는 더 큰 그래프의 나머지에서 올 때는 수나 출력과 같은 형상의 배열</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>∂L/∂output</source>
        <translation>∂L/∂출력</translation>
    </message>
    <message>
        <source>Not applied: {problem}</source>
        <translation>적용하지 않았습니다: {problem}</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>no inputs</source>
        <translation>입력 없음</translation>
    </message>
    <message>
        <source>Search ops…</source>
        <translation>연산 찾기…</translation>
    </message>
</context>
<context>
    <name>PanelFiles</name>
    <message>
        <source>Clear runs</source>
        <translation>학습 목록 지우기</translation>
    </message>
    <message>
        <source>Discard the curves of {count} run(s)? They cannot be brought back; export them first (CSV or PNG) to keep them.</source>
        <translation>학습 {count}개의 곡선을 버릴까요? 되돌릴 수 없습니다. 남기려면 먼저 내보내세요(CSV 또는 PNG).</translation>
    </message>
    <message>
        <source>Parameters (*.npz);;All files (*)</source>
        <translation>매개변수 (*.npz);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>MNIST folder</source>
        <translation>MNIST 폴더</translation>
    </message>
    <message>
        <source>{folder} lacks {files}: choose another folder, or Download.</source>
        <translation>{folder}에 없는 파일: {files}. 다른 폴더를 고르거나 내려받으세요.</translation>
    </message>
    <message>
        <source>MNIST found in {folder}.</source>
        <translation>{folder}에서 MNIST를 찾았습니다.</translation>
    </message>
    <message>
        <source>Load parameters</source>
        <translation>매개변수 불러오기</translation>
    </message>
    <message>
        <source>Save parameters</source>
        <translation>매개변수 저장</translation>
    </message>
    <message>
        <source>Saved the parameters to {path}.</source>
        <translation>매개변수를 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <source>Export curves</source>
        <translation>곡선 내보내기</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>이미지를 쓸 수 없었습니다</translation>
    </message>
    <message>
        <source>Cannot export {path}: {error}</source>
        <translation>{path}에 내보낼 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Exported the curves to {path}.</source>
        <translation>곡선을 {path}에 내보냈습니다.</translation>
    </message>
    <message>
        <source>MNIST is already in {folder}.</source>
        <translation>MNIST가 이미 {folder}에 있습니다.</translation>
    </message>
    <message>
        <source>Downloading MNIST into {folder}…</source>
        <translation>MNIST를 {folder}에 내려받는 중…</translation>
    </message>
    <message>
        <source>MNIST downloaded into {folder}. Start when ready.</source>
        <translation>MNIST를 {folder}에 내려받았습니다. 준비되면 시작하세요.</translation>
    </message>
    <message>
        <source>Could not download MNIST: {error}. Choose a folder that already holds the four MNIST files instead.</source>
        <translation>MNIST를 내려받지 못했습니다: {error}. 대신 MNIST 파일 네 개가 이미 든 폴더를 고르세요.</translation>
    </message>
</context>
<context>
    <name>PathsView</name>
    <message>
        <source>f(x, y) = x²/20 + y² from ({x:g}, {y:g}), {count} updates each</source>
        <extracomment>one colour per optimizer, as the curves colour runs (Tableau&apos;s palette) milliseconds between two points of the animation: 30 updates in about 2.5 seconds the window of the surface drawn, as the book&apos;s figures (x from −10 to 10, y from −5 to 5) the contour levels: close together near the minimum, as matplotlib&apos;s contour draws them each optimizer&apos;s name and learning rate, in its colour; a name is a link only so that hovering it says its rule</extracomment>
        <translation>f(x, y) = x²/20 + y², ({x:g}, {y:g})에서 출발해 각각 {count}번 갱신</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>다시 재생</translation>
    </message>
    <message>
        <source>draw the paths again from the start</source>
        <translation>경로를 처음부터 다시 그립니다</translation>
    </message>
    <message>
        <source>All six</source>
        <translation>여섯 가지 모두</translation>
    </message>
    <message>
        <source>add RMSprop and Nesterov to the book&apos;s four</source>
        <translation>책의 네 가지에 RMSprop과 Nesterov를 더합니다</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Point at a name or a path to read its update rule.</source>
        <translation>이름이나 경로를 가리키면 그 갱신 규칙을 보여 줍니다.</translation>
    </message>
    <message>
        <source>lr {lr:g}</source>
        <translation>학습률 {lr:g}</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>By the chain rule, the gradient from upstream times the local derivative: {rule}</source>
        <extracomment>an answer is right when within this relative distance of the engine&apos;s number ... or this close to it, for numbers that are (nearly) zero how many hints a question has: the rule, then the values it uses what a question asks of its number: all of it, its shape, or one element the first numeric-only part of a formula: where a hint stops for ELEMENT: what the element&apos;s rule uses (the values at that index)</extracomment>
        <translation>연쇄법칙: 상류에서 전해진 미분에 국소적 미분을 곱합니다. {rule}</translation>
    </message>
    <message>
        <source>A gradient has the shape of the value it is the gradient of: {rule}</source>
        <translation>기울기는 그 값과 형상이 같습니다. {rule}</translation>
    </message>
    <message>
        <source>{rule} With {values}.</source>
        <translation>{rule} 이때 {values}입니다.</translation>
    </message>
    <message>
        <source>its shape</source>
        <translation>형상</translation>
    </message>
    <message>
        <source>its element {index}</source>
        <translation>원소 {index}</translation>
    </message>
    <message>
        <source>That is not a number: {problem}</source>
        <translation>수가 아닙니다: {problem}</translation>
    </message>
    <message>
        <source>A shape is {count} whole numbers, such as (rows, columns).</source>
        <translation>형상은 (행, 열)처럼 정수 {count}개로 씁니다.</translation>
    </message>
    <message>
        <source>The answer is one number.</source>
        <translation>답은 수 하나입니다.</translation>
    </message>
    <message>
        <source>The answer is an array of shape {shape}, {count} numbers: type it as {pattern}.</source>
        <translation>답은 형상이 {shape}인 배열, 수 {count}개입니다: {pattern}처럼 입력하세요.</translation>
    </message>
    <message>
        <source>Practice ended: another graph was opened.</source>
        <translation>연습을 끝냈습니다: 다른 그래프를 열었습니다.</translation>
    </message>
    <message>
        <source>Practice needs a graph whose output computes, with gradients to find.</source>
        <translation>연습하려면 출력이 계산되고 구할 기울기가 있는 그래프가 필요합니다.</translation>
    </message>
    <message>
        <source>Practice ended: the graph changed.</source>
        <translation>연습을 끝냈습니다: 그래프가 바뀌었습니다.</translation>
    </message>
    <message>
        <source>Right: {sentence}</source>
        <translation>정답: {sentence}</translation>
    </message>
    <message>
        <source>The answer: {sentence}</source>
        <translation>답: {sentence}</translation>
    </message>
    <message>
        <source>Backward goes from the output back to the inputs: first the highlighted one.</source>
        <translation>역전파는 출력에서 입력 쪽으로 거슬러 갑니다: 강조된 엣지부터 구하세요.</translation>
    </message>
    <message>
        <source>{right} of {asked} right at the first try · {hints} hint(s) · {shown} answer(s) shown · {time}</source>
        <translation>{asked}개 중 {right}개 한 번에 정답 · 힌트 {hints}번 · 답 보기 {shown}번 · {time}</translation>
    </message>
    <message>
        <source>Done! Every number of the graph is yours.</source>
        <translation>다 했습니다! 그래프의 모든 수를 직접 구했습니다.</translation>
    </message>
    <message>
        <source>The gradient flowing back along {source} → {target}.{port}: type {part}, as (rows, columns).</source>
        <translation>{source} → {target}.{port}을(를) 따라 거꾸로 흐르는 기울기: {part}을(를) (행, 열)처럼 입력하세요.</translation>
    </message>
    <message>
        <source>The gradient flowing back along {source} → {target}.{port}, {part}: type it.</source>
        <translation>{source} → {target}.{port}을(를) 따라 거꾸로 흐르는 기울기의 {part}: 입력하세요.</translation>
    </message>
    <message>
        <source>The gradient flowing back along {source} → {target}.{port}: type it (a number, or [a, b] for an array).</source>
        <translation>{source} → {target}.{port}을(를) 따라 거꾸로 흐르는 기울기를 입력하세요(수, 또는 배열이면 [a, b]).</translation>
    </message>
    <message>
        <source>The value of {label}: type it.</source>
        <translation>{label}의 값을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>PracticeBar</name>
    <message>
        <source>your answer, then Enter</source>
        <translation>답을 쓰고 Enter</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Show the answer</source>
        <translation>답 보기</translation>
    </message>
    <message>
        <source>End practice</source>
        <translation>연습 끝내기</translation>
    </message>
    <message>
        <source>Ask the forward values too</source>
        <translation>순전파 값도 묻기</translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <source>6-9: four optimizers on MNIST</source>
        <extracomment>the book&apos;s deep net for 6.1 and 6.2: 784-100-100-100-100-10</extracomment>
        <translation>6-9: MNIST로 본 네 가지 최적화 기법</translation>
    </message>
    <message>
        <source>SGD&apos;s loss comes down slowest; Momentum, AdaGrad and Adam learn faster, and AdaGrad and Adam fastest.</source>
        <translation>SGD의 손실이 가장 느리게 내려간다. 모멘텀, AdaGrad, Adam은 더 빨리 학습하며, 그중 AdaGrad와 Adam이 가장 빠르다.</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <source>AdaGrad</source>
        <translation>AdaGrad</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>6-15: initial weights on MNIST</source>
        <translation>6-15: MNIST로 본 가중치의 초깃값</translation>
    </message>
    <message>
        <source>With std 0.01 the net does not learn at all; Xavier and He initial weights learn, He fastest with ReLU.</source>
        <translation>표준편차 0.01에서는 신경망이 전혀 학습하지 못한다. Xavier 초깃값과 He 초깃값은 학습하며, ReLU에서는 He 초깃값이 가장 빠르다.</translation>
    </message>
    <message>
        <source>std {std:g}</source>
        <translation>표준편차 {std:g}</translation>
    </message>
    <message>
        <source>Xavier</source>
        <translation>Xavier 초깃값</translation>
    </message>
    <message>
        <source>He</source>
        <translation>He 초깃값</translation>
    </message>
    <message>
        <source>6-18: Batch Normalization</source>
        <translation>6-18: 배치 정규화</translation>
    </message>
    <message>
        <source>With Batch Normalization the accuracy rises much sooner than without it, from the same initial weights.</source>
        <translation>같은 초깃값에서 출발해도 배치 정규화를 쓰면 쓰지 않을 때보다 정확도가 훨씬 빨리 오른다.</translation>
    </message>
    <message>
        <source>with Batch Normalization</source>
        <translation>배치 정규화 사용</translation>
    </message>
    <message>
        <source>without Batch Normalization</source>
        <translation>배치 정규화 없음</translation>
    </message>
    <message>
        <source>6-20 and 6-21: overfitting and weight decay</source>
        <translation>6-20, 6-21: 오버피팅과 가중치 감소</translation>
    </message>
    <message>
        <source>On 300 digits the train accuracy reaches 100% while the test accuracy stays far below; weight decay narrows that gap.</source>
        <translation>숫자 300개로 학습하면 훈련 정확도는 100%에 이르지만 시험 정확도는 한참 아래에 머문다. 가중치 감소는 그 차이를 줄인다.</translation>
    </message>
    <message>
        <source>without weight decay</source>
        <translation>가중치 감소 없음</translation>
    </message>
    <message>
        <source>weight decay λ = {decay:g}</source>
        <translation>가중치 감소 λ = {decay:g}</translation>
    </message>
    <message>
        <source>6-23: overfitting and Dropout</source>
        <translation>6-23: 오버피팅과 드롭아웃</translation>
    </message>
    <message>
        <source>Dropout keeps the train accuracy from reaching 100% and brings it closer to the test accuracy.</source>
        <translation>드롭아웃을 쓰면 훈련 정확도가 100%에 이르지 않고 시험 정확도에 더 가까워진다.</translation>
    </message>
    <message>
        <source>without Dropout</source>
        <translation>드롭아웃 없음</translation>
    </message>
    <message>
        <source>Dropout {ratio:g}</source>
        <translation>드롭아웃 {ratio:g}</translation>
    </message>
</context>
<context>
    <name>PresetsView</name>
    <message>
        <source>Figure {title}</source>
        <extracomment>the figures that plot the loss per iteration (the others plot accuracy per epoch; those whose preset `shows_test` draw the test accuracy beside the train accuracy) the presets in figure order the look-for and legend column&apos;s width (the plot takes the rest) what is drawn: (preset run, panel run, its plot items) per run of the preset shown iterations of each run instead of the preset&apos;s (None: the preset&apos;s): quick looks</extracomment>
        <translation>그림 {title}</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>train the figure&apos;s runs one after another on the data folder&apos;s digits</source>
        <translation>데이터 폴더의 숫자 이미지로 그림의 실행들을 차례로 학습합니다</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Your data: the book&apos;s shape, not its exact numbers.</source>
        <translation>여러분의 데이터: 모양은 책과 같고, 정확한 수치는 다릅니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Look for:&lt;/b&gt; {sentence}</source>
        <translation>&lt;b&gt;눈여겨볼 점:&lt;/b&gt; {sentence}</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>loss (smoothed)</source>
        <translation>손실 (평활)</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>solid: train, dashed: test</source>
        <translation>실선: 훈련, 점선: 시험</translation>
    </message>
    <message>
        <source>loss {loss:.3f}</source>
        <translation>손실 {loss:.3f}</translation>
    </message>
    <message>
        <source>train {train:.1%}, test {test:.1%}</source>
        <translation>훈련 {train:.1%}, 시험 {test:.1%}</translation>
    </message>
    <message>
        <source>train {train:.1%}</source>
        <translation>훈련 {train:.1%}</translation>
    </message>
    <message>
        <source>Run {number} of {count}: {label}</source>
        <translation>{count}개 중 {number}번째 실행: {label}</translation>
    </message>
    <message>
        <source>Every run trained.</source>
        <translation>모든 실행을 학습했습니다.</translation>
    </message>
    <message>
        <source>Stopped: the runs trained so far stay drawn.</source>
        <translation>중지했습니다. 지금까지 학습한 실행은 그대로 그려져 있습니다.</translation>
    </message>
    <message>
        <source>The preset could not train.</source>
        <translation>프리셋을 학습하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>⚠ Autosave failed, so a crash would lose the unsaved changes: {error}</source>
        <extracomment>a recovery file is a graph file&apos;s text in a record with the time and the file&apos;s path</extracomment>
        <translation>⚠ 자동 저장에 실패했습니다. 비정상 종료되면 저장하지 않은 변경 사항을 잃게 됩니다: {error}</translation>
    </message>
    <message>
        <source>the file is too large to be a recovery file</source>
        <translation>복구 파일이라기에는 파일이 너무 큽니다</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>파일을 읽을 수 없습니다 ({reason})</translation>
    </message>
    <message>
        <source>not a readable recovery file ({problem})</source>
        <translation>읽을 수 있는 복구 파일이 아닙니다 ({problem})</translation>
    </message>
    <message>
        <source>not a Backprop Studio recovery file of a known version</source>
        <translation>알려진 버전의 Backprop Studio 복구 파일이 아닙니다</translation>
    </message>
    <message>
        <source>an untitled graph</source>
        <translation>제목 없는 그래프</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translation>저장하지 않은 변경 사항을 복원할까요?</translation>
    </message>
    <message>
        <source>Backprop Studio did not close normally. Unsaved changes to {name} were autosaved at {time}.</source>
        <translation>Backprop Studio가 정상적으로 닫히지 않았습니다. {name}의 저장하지 않은 변경 사항이 {time}에 자동 저장되었습니다.</translation>
    </message>
    <message>
        <source>Restore them, or discard them for good?</source>
        <translation>복원할까요, 아니면 영구히 버릴까요?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Cannot restore unsaved changes</source>
        <translation>저장하지 않은 변경 사항을 복원할 수 없습니다</translation>
    </message>
    <message>
        <source>{error}

The file was kept as {path}.</source>
        <translation>{error}

파일은 남겨 두었습니다: {path}</translation>
    </message>
</context>
<context>
    <name>RunList</name>
    <message>
        <source>Runs: tick to show, untick to hide; F2 or a double-click renames</source>
        <translation>학습 목록: 체크하면 보이고 해제하면 숨깁니다. F2나 더블클릭으로 이름을 바꿉니다</translation>
    </message>
    <message>
        <source>{name} — diverged</source>
        <translation>{name} — 발산</translation>
    </message>
    <message>
        <source>{name} — did not learn</source>
        <translation>{name} — 학습하지 못함</translation>
    </message>
</context>
<context>
    <name>RunNames</name>
    <message>
        <source>all digits</source>
        <translation>숫자 전부</translation>
    </message>
    <message>
        <source>no weight decay</source>
        <extracomment>points kept per curve; a full run&apos;s curve is at most this many points weight of the newest loss in the moving average (about a 10-iteration window: enough to see the trend through the batch noise without lagging behind it) the settings that name a run, in the order its name lists them the last test-set analysis of its trainer (core.training.analysis.Analysis): what the analysis tabs show when this run is selected</extracomment>
        <translation>가중치 감소 없음</translation>
    </message>
    <message>
        <source>lr {value}</source>
        <translation>학습률 {value}</translation>
    </message>
    <message>
        <source>hidden {value}</source>
        <translation>은닉 {value}</translation>
    </message>
    <message>
        <source>batch {value}</source>
        <translation>배치 {value}</translation>
    </message>
    <message>
        <source>std {value}</source>
        <translation>표준편차 {value}</translation>
    </message>
    <message>
        <source>seed {value}</source>
        <translation>시드 {value}</translation>
    </message>
    <message>
        <source>weight decay {value}</source>
        <translation>가중치 감소 {value}</translation>
    </message>
    <message>
        <source>{value} digits</source>
        <translation>숫자 {value}개</translation>
    </message>
    <message>
        <source>run</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
</context>
<context>
    <name>Samples</name>
    <message>
        <source> to </source>
        <translation>~</translation>
    </message>
</context>
<context>
    <name>Shapes</name>
    <message>
        <source>{name} is {sx} but t is {st} — t must be one-hot {sx} or class indices {indices}</source>
        <translation>{name}은(는) {sx}인데 t는 {st}입니다 — t는 원-핫 {sx}이거나 클래스 번호 {indices}여야 합니다</translation>
    </message>
    <message>
        <source>{name} is {sx} but must be scores (classes,) or (batch, classes)</source>
        <translation>{name}은(는) {sx}인데, 점수 (클래스,) 또는 (배치, 클래스)여야 합니다</translation>
    </message>
    <message>
        <source>t holds class indices that are not whole numbers in 0..{last}</source>
        <translation>t에 0..{last} 범위의 정수가 아닌 클래스 번호가 있습니다</translation>
    </message>
    <message>
        <source>{a} is {sa} but {b} is {sb} — they cannot broadcast together</source>
        <translation>{a}은(는) {sa}인데 {b}은(는) {sb}입니다 — 서로 브로드캐스트할 수 없습니다</translation>
    </message>
    <message>
        <source>x is {sx} but W is {sW} — x&apos;s last axis must equal W&apos;s first</source>
        <translation>x는 {sx}인데 W는 {sW}입니다 — x의 마지막 축이 W의 첫 축과 같아야 합니다</translation>
    </message>
    <message>
        <source>W is {sW} but must be a matrix (in, out)</source>
        <translation>W는 {sW}인데, 행렬 (입력, 출력)이어야 합니다</translation>
    </message>
    <message>
        <source>x is a scalar but must be a vector or a batch of rows</source>
        <translation>x는 스칼라인데, 벡터나 행들의 배치여야 합니다</translation>
    </message>
    <message>
        <source>b is {sb} but W is {sW} — b must be a vector of {n}, one per output</source>
        <translation>b는 {sb}인데 W는 {sW}입니다 — b는 출력마다 하나씩, 원소 {n}개짜리 벡터여야 합니다</translation>
    </message>
    <message>
        <source>x is {sx} and W is {sW} — dot takes vectors and matrices</source>
        <translation>x는 {sx}, W는 {sW}입니다 — dot은 벡터와 행렬만 받습니다</translation>
    </message>
    <message>
        <source>axis {axis} does not exist for x of shape {sx}</source>
        <translation>형상이 {sx}인 x에는 축 {axis}이(가) 없습니다</translation>
    </message>
    <message>
        <source>x is a scalar but must be a batch: rows (N, D), or N numbers (N,), each column normalized over the batch</source>
        <translation>x는 스칼라인데 배치여야 합니다: 행 (N, D) 또는 수 N개 (N,)이며, 각 열을 배치 전체에 걸쳐 정규화합니다</translation>
    </message>
    <message>
        <source>{port} is {shape} but x is {sx} — {port} must be a vector of {n}, one per column of x</source>
        <translation>{port}는 {shape}인데 x는 {sx}입니다 — {port}는 x의 열마다 하나씩, 원소 {n}개짜리 벡터여야 합니다</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>the package &apos;{package}&apos; here belongs to {owner}</source>
        <extracomment>the top-level packages this distribution ships besides this module</extracomment>
        <translation>이 환경의 &apos;{package}&apos; 패키지는 {owner}에 속합니다</translation>
    </message>
    <message>
        <source>the package &apos;{package}&apos; here is not Backprop Studio&apos;s (it is at {folder})</source>
        <translation>이 환경의 &apos;{package}&apos; 패키지는 Backprop Studio의 것이 아닙니다({folder}에 있음)</translation>
    </message>
    <message>
        <source>{found}. Two distributions that ship the same top-level package overwrite each other&apos;s files, so Backprop Studio cannot run in this environment: install it into a fresh virtual environment, or with pipx, which gives it one of its own</source>
        <translation>{found}. 같은 최상위 패키지를 담은 두 배포판은 서로의 파일을 덮어쓰므로 이 환경에서는 Backprop Studio를 실행할 수 없습니다. 새 가상 환경에 설치하거나, 프로그램마다 환경을 따로 만들어 주는 pipx로 설치하세요</translation>
    </message>
</context>
<context>
    <name>StatusArea</name>
    <message>
        <source>iteration {iteration} / {iterations}  ·  epoch {epoch}  ·  {rate} it/s  ·  elapsed {elapsed}  ·  ETA {eta}</source>
        <translation>반복 {iteration} / {iterations}  ·  에폭 {epoch}  ·  초당 {rate}회  ·  경과 {elapsed}  ·  남은 시간 {eta}</translation>
    </message>
    <message>
        <source>{iteration} / {iterations} it · epoch {epoch} · {rate} it/s · {elapsed} · ETA {eta}</source>
        <translation>{iteration} / {iterations}회 · 에폭 {epoch} · 초당 {rate}회 · {elapsed} · 남은 시간 {eta}</translation>
    </message>
    <message>
        <source>{iteration} / {iterations} · ep {epoch} · {rate}/s · ETA {eta}</source>
        <translation>{iteration} / {iterations} · 에폭 {epoch} · {rate}/초 · 남은 {eta}</translation>
    </message>
    <message>
        <source>{iteration} / {iterations} · ETA {eta}</source>
        <translation>{iteration} / {iterations} · 남은 {eta}</translation>
    </message>
    <message>
        <source>Stopped at iteration {iteration:,}</source>
        <translation>반복 {iteration:,}에서 멈췄습니다</translation>
    </message>
    <message>
        <source>Finished {count:,} iterations in {seconds:.1f} s</source>
        <translation>{seconds:.1f}초 동안 {count:,}번 반복을 마쳤습니다</translation>
    </message>
    <message>
        <source>{text}, but the net did not learn: test accuracy {accuracy:.1%} (chance is {chance:.0%}), loss still {loss:.2f}. {advice}</source>
        <translation>{text}. 하지만 신경망이 학습하지 못했습니다: 시험 정확도 {accuracy:.1%}(아무렇게나 찍어도 {chance:.0%}), 손실은 여전히 {loss:.2f}입니다. {advice}</translation>
    </message>
    <message>
        <source>{text}: test accuracy {accuracy:.1%}</source>
        <translation>{text}: 시험 정확도 {accuracy:.1%}</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>output {label} = {value}</source>
        <extracomment>the share of the status bar the status line may take</extracomment>
        <translation>출력 {label} = {value}</translation>
    </message>
    <message>
        <source>⚠ a gradient is not finite (∞ or NaN): backward overflowed or divided by 0 (see the amber labels)</source>
        <translation>⚠ 유한하지 않은 기울기(∞ 또는 NaN)가 있습니다: 역전파에서 오버플로나 0으로 나누기가 일어났습니다 (주황색 표시를 보세요)</translation>
    </message>
    <message>
        <source>Drag ops from the palette, or press Tab on the canvas.</source>
        <translation>팔레트에서 연산을 끌어오거나 캔버스에서 Tab 키를 누르세요.</translation>
    </message>
    <message>
        <source>  (+{count} more)</source>
        <translation>  (그 밖에 {count}개)</translation>
    </message>
    <message>
        <source>The output {label} cannot compute, so there are no gradients to show: {reason}</source>
        <translation>출력 노드 {label}의 값을 계산할 수 없어 보여 줄 기울기가 없습니다: {reason}</translation>
    </message>
    <message>
        <source>{label}, where the graph ends, cannot compute, so there are no gradients to show: {reason}</source>
        <translation>그래프의 끝인 노드 {label}의 값을 계산할 수 없어 보여 줄 기울기가 없습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <source>Exit step mode</source>
        <translation>단계 모드 끝내기</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>순전파</translation>
    </message>
    <message>
        <source>Backward</source>
        <translation>역전파</translation>
    </message>
    <message>
        <source>{phase} {number} / {count}</source>
        <translation>{phase} {number} / {count}</translation>
    </message>
</context>
<context>
    <name>Stepper</name>
    <message>
        <source>Step mode needs a graph: add nodes from the palette first.</source>
        <translation>단계 모드에는 그래프가 필요합니다: 먼저 팔레트에서 노드를 추가하세요.</translation>
    </message>
    <message>
        <source>Step mode ended: the graph is empty.</source>
        <translation>단계 모드가 끝났습니다: 그래프가 비었습니다.</translation>
    </message>
    <message>
        <source>Step mode ended: another graph was opened.</source>
        <translation>단계 모드가 끝났습니다: 다른 그래프를 열었습니다.</translation>
    </message>
</context>
<context>
    <name>System</name>
    <message>
        <source>no such file or folder</source>
        <extracomment>the system&apos;s reasons a file cannot be read or written, by errno name, in our words: the system says &quot;No such file or directory&quot; in English whatever the app speaks</extracomment>
        <translation>파일이나 폴더가 없습니다</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>권한이 없습니다</translation>
    </message>
    <message>
        <source>the operation is not permitted</source>
        <translation>허용되지 않는 작업입니다</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>폴더입니다</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>경로의 일부가 폴더가 아닙니다</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>디스크가 가득 찼습니다</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>디스크 할당량을 다 썼습니다</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>읽기 전용 디스크입니다</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>이미 있습니다</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>이름이 너무 깁니다</translation>
    </message>
    <message>
        <source>too many files are open</source>
        <translation>열린 파일이 너무 많습니다</translation>
    </message>
    <message>
        <source>the file is busy</source>
        <translation>다른 프로그램이 파일을 쓰고 있습니다</translation>
    </message>
    <message>
        <source>an input/output error</source>
        <translation>입출력 오류입니다</translation>
    </message>
    <message>
        <source>too many symbolic links</source>
        <translation>심볼릭 링크가 너무 많습니다</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>연결 시간이 초과되었습니다</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>연결이 거부되었습니다</translation>
    </message>
    <message>
        <source>the connection was reset</source>
        <translation>연결이 끊겼습니다</translation>
    </message>
    <message>
        <source>the network is unreachable</source>
        <translation>네트워크에 연결할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Tooltips</name>
    <message>
        <source>not computed</source>
        <extracomment>rows of this many numbers are images of this side: MNIST&apos;s 28 × 28 digits the significant digits a tooltip gives a number: more than an edge&apos;s 4, fewer than a float64&apos;s 17 (110, not 110.00000000000001)</extracomment>
        <translation>계산되지 않음</translation>
    </message>
    <message>
        <source>from the smallest to the largest element: {range}</source>
        <translation>가장 작은 원소부터 가장 큰 원소까지: {range}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>gradient</source>
        <translation>기울기</translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message>
        <source>training needs one loss as the graph&apos;s output, but it has no output</source>
        <extracomment>ops in a chain longer than this are summarised with &quot;…&quot;</extracomment>
        <translation>학습에는 그래프의 출력으로 손실 하나가 필요한데, 출력이 없습니다</translation>
    </message>
    <message>
        <source>training needs one loss as the graph&apos;s output, but it has several outputs: {nodes}</source>
        <translation>학습에는 그래프의 출력으로 손실 하나가 필요한데, 출력이 여러 개입니다: {nodes}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>training needs exactly one {type} node feeding {loss}, but the graph has {count}</source>
        <translation>학습에는 {loss}(으)로 이어지는 {type} 노드가 정확히 하나 필요한데, 그래프에는 {count}개 있습니다</translation>
    </message>
    <message>
        <source>no Parameter node feeds {loss}: there is nothing to train</source>
        <translation>{loss}(으)로 이어지는 Parameter 노드가 없습니다: 학습할 것이 없습니다</translation>
    </message>
    <message>
        <source>a hidden size can only be set for a two-layer net (two Affine layers, each with Parameter W and b, one feeding the other)</source>
        <translation>은닉층 크기는 2층 신경망에서만 정할 수 있습니다 (Affine 계층 두 개가 각각 Parameter W와 b를 갖고, 하나가 다른 하나로 이어지는 경우)</translation>
    </message>
    <message>
        <source>hidden size {hidden:,} makes the trained graph&apos;s values take up to {size} in its file, and a graph file has room for {room} of values: the hidden size may be at most {most:,}</source>
        <translation>은닉층 크기 {hidden:,}(으)로 학습하면 그래프의 값들이 파일에서 최대 {size}를 차지하는데, 그래프 파일에는 값을 위한 공간이 {room}까지만 있습니다: 은닉층 크기는 최대 {most:,}입니다</translation>
    </message>
    <message>
        <source>the trained weights would make the graph&apos;s values take up to {size} in its file, and a graph file has room for {room} of values: make {node} ({shape}) smaller</source>
        <translation>학습된 가중치를 넣으면 그래프의 값들이 파일에서 최대 {size}를 차지하는데, 그래프 파일에는 값을 위한 공간이 {room}까지만 있습니다: {node}({shape})의 크기를 줄이세요</translation>
    </message>
    <message>
        <source>the score node did not compute</source>
        <translation>점수 노드를 계산하지 못했습니다</translation>
    </message>
    <message>
        <source>{path}: cannot save the parameters ({reason}); the file on disk is unchanged</source>
        <translation>{path}: 매개변수를 저장할 수 없습니다 ({reason}). 디스크의 파일은 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>{path}: no such parameters file</source>
        <translation>{path}: 그런 매개변수 파일이 없습니다</translation>
    </message>
    <message>
        <source>{path}: not a parameters file (.npz): {problem}</source>
        <translation>{path}: 매개변수 파일(.npz)이 아닙니다: {problem}</translation>
    </message>
    <message>
        <source>{path}: holds {label!r}, which is not a parameter of this graph (its parameters: {names})</source>
        <translation>{path}: 이 그래프의 매개변수가 아닌 {label!r}이(가) 들어 있습니다 (이 그래프의 매개변수: {names})</translation>
    </message>
    <message>
        <source>{path}: has no array for parameter {label!r} (it holds {stored})</source>
        <translation>{path}: 매개변수 {label!r}의 배열이 없습니다 (들어 있는 것: {stored})</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>{path}: {label} is {file_shape} in the file but {shape} in the graph (another hidden size?)</source>
        <translation>{path}: {label}이(가) 파일에서는 {file_shape}인데 그래프에서는 {shape}입니다 (은닉층 크기가 다른가요?)</translation>
    </message>
    <message>
        <source>{path}: {label} holds {dtype} values, not numbers</source>
        <translation>{path}: {label}에 수가 아닌 {dtype} 값이 들어 있습니다</translation>
    </message>
    <message>
        <source>{path}: {label} holds NaN or infinite values</source>
        <translation>{path}: {label}에 NaN이나 무한대 값이 들어 있습니다</translation>
    </message>
    <message>
        <source>two parameters are labelled {label!r}; parameter files key arrays by label, so give them different labels</source>
        <translation>매개변수 두 개의 레이블이 모두 {label!r}입니다. 매개변수 파일은 레이블로 배열을 구분하니 서로 다른 레이블을 붙이세요</translation>
    </message>
    <message>
        <source>{images:,} training images but {labels:,} labels; they must match and not be empty</source>
        <translation>훈련 이미지는 {images:,}개인데 레이블은 {labels:,}개입니다. 개수가 같고 비어 있지 않아야 합니다</translation>
    </message>
    <message>
        <source>test images and test labels must both be given, and match</source>
        <translation>시험 이미지와 시험 레이블이 모두 주어지고 개수가 같아야 합니다</translation>
    </message>
    <message>
        <source>shuffled epochs need a batch size ≤ the {images:,} training images, not {batch:,}</source>
        <translation>에폭마다 섞으려면 배치 크기가 훈련 이미지 수 {images:,} 이하여야 합니다 (입력: {batch:,})</translation>
    </message>
    <message>
        <source>{name} must hold one image per row, but it is {shape}</source>
        <extracomment>the step of the book&apos;s procedure (5.7.1) the loop is at, one of `run.PHASES`; a viewer reads it from another thread (a plain attribute: it costs the loop nothing) the update rule; None is plain SGD, done in the loop without a call</extracomment>
        <translation>{name}에는 행마다 이미지가 하나씩 있어야 하는데, 형상이 {shape}입니다</translation>
    </message>
    <message>
        <source>{node} has a fixed value of shape {shape}; it cannot become {new} for hidden size {hidden}</source>
        <translation>{node}은(는) 형상이 {shape}인 고정값이라 은닉층 크기 {hidden}에 맞는 {new}(으)로 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>the loss has no x input, so there are no scores to predict from</source>
        <translation>손실에 x 입력이 없어 예측에 쓸 점수가 없습니다</translation>
    </message>
    <message>
        <source>the labels must be classes 0 to {last}, as the labels node&apos;s one-hot rows have {classes} columns</source>
        <translation>정답 레이블 노드의 원-핫 행이 {classes}열이므로 레이블은 클래스 0부터 {last}까지여야 합니다</translation>
    </message>
    <message>
        <source>stopped at iteration {iteration:,}</source>
        <translation>반복 {iteration:,}에서 멈췄습니다</translation>
    </message>
    <message>
        <source>the loss did not compute</source>
        <translation>손실을 계산하지 못했습니다</translation>
    </message>
    <message>
        <source>infinite</source>
        <translation>무한대</translation>
    </message>
    <message>
        <source>the train size {size:,} is more than the {images:,} training images</source>
        <extracomment>weight decay λ in the parameters&apos; dtype, and for each parameter whether it decays (the weights do, the biases do not); None without weight decay with weight decay, the ½λ‖W‖² part of each iteration&apos;s loss: `did_not_learn` judges the cross-entropy alone, which chance puts at ln 10 the weights as the run found them, to tell at the end whether any gradient moved them pause and stop requests: given by the caller to make them before this exists</extracomment>
        <translation>훈련 데이터 크기 {size:,}이(가) 훈련 이미지 수 {images:,}보다 많습니다</translation>
    </message>
    <message>
        <source>the loss became {kind} at iteration {iteration:,} with learning rate {lr:g}; training stopped. Try a smaller learning rate.</source>
        <translation>학습률 {lr:g}에서 반복 {iteration:,}에 손실이 {kind}이(가) 되어 학습을 멈췄습니다. 학습률을 더 작게 해 보세요.</translation>
    </message>
    <message>
        <source>finished {count:,} iterations in {seconds:.1f} s</source>
        <translation>{seconds:.1f}초 동안 {count:,}번 반복을 마쳤습니다</translation>
    </message>
    <message>
        <source>1 minibatch</source>
        <extracomment>the initial weights chosen by name rather than by a std (the book&apos;s `weight_init_std`) the steps of the book&apos;s training procedure (5.7.1), as `Trainer.phase` names them: 1 minibatch, 2 gradient, 3 update, 4 repeat (and, once an epoch, the accuracy)</extracomment>
        <translation>1단계 미니배치</translation>
    </message>
    <message>
        <source>2 gradient</source>
        <translation>2단계 기울기 산출</translation>
    </message>
    <message>
        <source>3 update</source>
        <translation>3단계 매개변수 갱신</translation>
    </message>
    <message>
        <source>4 repeat</source>
        <translation>4단계 반복</translation>
    </message>
    <message>
        <source>accuracy (once an epoch)</source>
        <translation>정확도 (에폭마다)</translation>
    </message>
    <message>
        <source>Training as in 5.7.1: four steps, repeated.</source>
        <translation>5.7.1의 신경망 학습: 다음 네 단계를 반복합니다.</translation>
    </message>
    <message>
        <source>  1. minibatch: {batch} of the {images:,} training images, drawn at random</source>
        <translation>  1단계 미니배치: 훈련 이미지 {images:,}개 중 {batch}개를 무작위로 가져옵니다</translation>
    </message>
    <message>
        <source>  2. gradient: backpropagation through the graph gives ∂L/∂W for every parameter</source>
        <translation>  2단계 기울기 산출: 그래프를 따라 오차역전파법으로 모든 매개변수의 기울기 ∂L/∂W를 구합니다</translation>
    </message>
    <message>
        <source>  3. update: W ← W − {lr:g}·∂L/∂W</source>
        <translation>  3단계 매개변수 갱신: W ← W − {lr:g}·∂L/∂W</translation>
    </message>
    <message>
        <source>  3. update with {name}: {rule}</source>
        <translation>  3단계 매개변수 갱신 ({name}): {rule}</translation>
    </message>
    <message>
        <source>     with weight decay λ = {decay:g}: ½λ‖W‖² is added to the loss, λW to each weight&apos;s gradient</source>
        <translation>     가중치 감소 λ = {decay:g}: 손실 함수에 ½λ‖W‖²를, 각 가중치의 기울기에 λW를 더합니다</translation>
    </message>
    <message>
        <source>  4. repeat: {iters:,} iterations ({per_epoch:,} an epoch), the accuracy once an epoch</source>
        <translation>  4단계 반복: {iters:,}번 반복합니다 (에폭마다 {per_epoch:,}번). 정확도는 에폭마다 잽니다</translation>
    </message>
    <message>
        <source>{name} must be a whole number ≥ {low}, not {value!r}</source>
        <extracomment>seeds the weight initialization and the batch order; None draws a fresh seed False: the book&apos;s sampling, a random choice of batch_size images every iteration; True: shuffled epochs, every image once per epoch train and test accuracy before the first update (epoch 0) and once per epoch the rows of one evaluation pass: small enough that the arrays the ops keep for it (the training program&apos;s recycled buffers) come from the heap again and again; 10,000 rows made every evaluation fault in fresh memory, a fifth of a 2,000-iteration run</extracomment>
        <translation>{name}은(는) {low} 이상의 정수여야 합니다 (입력: {value!r})</translation>
    </message>
    <message>
        <source>iters</source>
        <translation>반복 횟수</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>eval batch size</source>
        <translation>평가 배치 크기</translation>
    </message>
    <message>
        <source>hidden size</source>
        <translation>은닉층 크기</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>the learning rate must be a finite number &gt; 0, not {value!r}</source>
        <translation>학습률은 0보다 큰 유한한 수여야 합니다 (입력: {value!r})</translation>
    </message>
    <message>
        <source>the weight init std must be a finite number ≥ 0, xavier or he, not {value!r}</source>
        <translation>가중치 초깃값의 표준편차는 0 이상의 유한한 수이거나 xavier, he여야 합니다 (입력: {value!r})</translation>
    </message>
    <message>
        <source>the optimizer must be one of {known}, not {value!r}</source>
        <translation>최적화 기법은 {known} 중 하나여야 합니다 (입력: {value!r})</translation>
    </message>
    <message>
        <source>the weight decay must be a finite number ≥ 0, not {value!r}</source>
        <translation>가중치 감소는 0 이상의 유한한 수여야 합니다 (입력: {value!r})</translation>
    </message>
    <message>
        <source>train size</source>
        <translation>훈련 데이터 크기</translation>
    </message>
    <message>
        <source>dtype must be float32 or float64, not {value!r}</source>
        <translation>dtype은 float32나 float64여야 합니다 (입력: {value!r})</translation>
    </message>
    <message>
        <source>The learning rate is too large ({lr:g}; the book uses 0.1): the loss jumped to {peak:.2f} on the way, from {start:.2f}, so more iterations will not help. Try a smaller learning rate.</source>
        <extracomment>losses averaged for &quot;the loss at the end&quot; (about what a smoothed curve shows) a loss at or above this share of ln(classes), chance&apos;s loss, has not come down an accuracy that has come at most this share of the way from chance (1 / classes) to perfect has not gone up: 20 % for ten digits the book&apos;s learning rate (5.7.4) a loss that rose this share of ln(classes) above its start (or above the lowest it reached) was thrown about by too large steps: 1.15 for ten digits learning rate × iterations below this has had too few steps to learn: at the book&apos;s rate, the net gets going after about 50 iterations and is well under way by 200 the iterations the book&apos;s rate needs before the accuracy leaves chance the causes `did_not_learn` tells apart</extracomment>
        <translation>학습률이 너무 큽니다 ({lr:g}, 책은 0.1): 손실이 {start:.2f}에서 도중에 {peak:.2f}까지 뛰어올랐으므로 반복을 늘려도 나아지지 않습니다. 학습률을 더 작게 해 보세요.</translation>
    </message>
    <message>
        <source>The learning rate is too small ({lr:g}; the book uses 0.1): the loss came down only from {start:.3f} to {end:.3f} in {iterations:,} iterations. Try a larger learning rate, or at least {needed:,} iterations at this one.</source>
        <translation>학습률이 너무 작습니다 ({lr:g}, 책은 0.1): {iterations:,}번 반복하는 동안 손실이 {start:.3f}에서 {end:.3f}(으)로 조금밖에 내려가지 않았습니다. 학습률을 더 크게 하거나, 이 학습률로 적어도 {needed:,}번 반복하세요.</translation>
    </message>
    <message>
        <source>{iterations:,} iterations are too few: the loss is only beginning to come down ({start:.3f} → {end:.3f}). Train for more iterations (the book trains 10,000).</source>
        <translation>{iterations:,}번 반복은 너무 적습니다: 손실이 이제 막 내려가기 시작했습니다 ({start:.3f} → {end:.3f}). 더 많이 반복하세요 (책은 10,000번 반복합니다).</translation>
    </message>
    <message>
        <source>No gradient reached the weights ({weights}): they never changed. Check the graph: weights that all start at 0, a ReLU that blocks every value, a layer that is not on the way to the loss.</source>
        <translation>가중치({weights})에 기울기가 닿지 않아 가중치가 한 번도 바뀌지 않았습니다. 그래프를 확인하세요: 모두 0에서 시작하는 가중치, 모든 값을 막는 ReLU, 손실로 가는 길에 있지 않은 계층이 있는지.</translation>
    </message>
    <message>
        <source>With learning rate {lr:g} and {iterations:,} iterations the net should have learned, and the loss stayed at {end:.2f}: check the graph (the labels, the layers on the way to the loss, the weights&apos; initial values).</source>
        <translation>학습률 {lr:g}(으)로 {iterations:,}번 반복했다면 신경망이 학습했어야 하는데, 손실이 {end:.2f}에 머물렀습니다. 그래프를 확인하세요 (정답 레이블, 손실로 가는 길의 계층, 가중치의 초깃값).</translation>
    </message>
    <message>
        <source>Try another learning rate, or more iterations.</source>
        <translation>학습률을 바꾸거나 더 많이 반복해 보세요.</translation>
    </message>
    <message>
        <source>{node} was deleted</source>
        <translation>{node} 삭제됨</translation>
    </message>
    <message>
        <source>the parameters of {node} changed</source>
        <translation>{node}의 매개변수 변경됨</translation>
    </message>
    <message>
        <source>input {port} of {node} was disconnected</source>
        <translation>{node}의 입력 {port} 연결 끊김</translation>
    </message>
    <message>
        <source>input {port} of {node} is fed by {source} now</source>
        <translation>{node}의 입력 {port}에 이제 {source} 연결됨</translation>
    </message>
    <message>
        <source>the initial weights must be a std (a number ≥ 0), xavier or he, not {value!r}</source>
        <extracomment>the book&apos;s histogram: 30 bins over (0, 1)</extracomment>
        <translation>가중치의 초깃값은 표준편차(0 이상의 수), xavier, he 중 하나여야 합니다 (입력: {value!r})</translation>
    </message>
    <message>
        <source>the activation must be one of {known}, not {value!r}</source>
        <translation>활성화 함수는 {known} 중 하나여야 합니다 (입력: {value!r})</translation>
    </message>
    <message>
        <source>the layers must be hidden sizes ≥ 1 separated by commas, like 100,100,100,100, not {text!r}</source>
        <extracomment>the activations a hidden layer may have, by the name the command line gives how each op of a layer is labelled, numbered by its layer: Affine1, Relu1, BatchNorm1 ... (the book&apos;s layers are Relu1, Relu2 …; every other op&apos;s label is its type&apos;s name) the distance between two columns, between two rows of a wrapped chain, and from an op to the sources above and below it; a chain of more than ROW_OPS ops wraps into rows the data the file holds, so that it runs on its own (the sample&apos;s three digits)</extracomment>
        <translation>계층은 100,100,100,100처럼 1 이상의 은닉층 크기를 쉼표로 구분해 써야 합니다 (입력: {text!r})</translation>
    </message>
    <message>
        <source>the layers must be hidden sizes ≥ 1, not {value!r}</source>
        <translation>계층은 1 이상의 은닉층 크기여야 합니다 (입력: {value!r})</translation>
    </message>
    <message>
        <source>the dropout ratio must be a number from 0 up to (not including) 1, not {value!r}</source>
        <translation>드롭아웃 비율은 0 이상 1 미만의 수여야 합니다 (입력: {value!r})</translation>
    </message>
    <message>
        <source>Batch Normalization</source>
        <extracomment>the chain from x to the loss, each op with the sources above and below it</extracomment>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <source>Dropout {ratio:g}</source>
        <translation>드롭아웃 {ratio:g}</translation>
    </message>
</context>
<context>
    <name>TrainedNetwork</name>
    <message>
        <source>the graph on the canvas</source>
        <translation>캔버스의 그래프</translation>
    </message>
    <message>
        <source>the two-layer-net sample</source>
        <translation>2층 신경망 예제</translation>
    </message>
    <message>
        <source>No network to train: {error}</source>
        <translation>학습할 신경망이 없습니다: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trains&lt;/b&gt; {source}: {chain} &lt;span style=&apos;color: gray&apos;&gt;(parameters {labels})&lt;/span&gt;</source>
        <translation>&lt;b&gt;학습 대상&lt;/b&gt; {source}: {chain} &lt;span style=&apos;color: gray&apos;&gt;(매개변수 {labels})&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>TrainingControls</name>
    <message>
        <source>the folder with the four MNIST files (.gz or raw)</source>
        <translation>MNIST 파일 네 개(.gz 또는 압축하지 않은 파일)가 든 폴더</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>고르기…</translation>
    </message>
    <message>
        <source>download MNIST (about 11 MB) into this folder</source>
        <translation>MNIST(약 11 MB)를 이 폴더에 내려받기</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>재설정</translation>
    </message>
    <message>
        <source>stop, and forget the trained parameters (the curves stay)</source>
        <translation>멈추고 학습한 매개변수를 버립니다 (곡선은 남습니다)</translation>
    </message>
    <message>
        <source>Save parameters…</source>
        <translation>매개변수 저장…</translation>
    </message>
    <message>
        <source>Load parameters…</source>
        <translation>매개변수 불러오기…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>내려받기</translation>
    </message>
</context>
<context>
    <name>TrainingCurves</name>
    <message>
        <source>Loss</source>
        <extracomment>one colour per run, in order (Tableau&apos;s palette: distinct on white and on dark grey) milliseconds between two redraws of the plots while data streams in: drawing is the GUI&apos;s most expensive work and holds the GIL that the training thread needs too the loss axis never grows past this (a diverging run&apos;s huge losses would flatten the rest)</extracomment>
        <translation>손실</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>loss (cross-entropy)</source>
        <translation>손실 (교차 엔트로피 오차)</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <source>Loss: bold smoothed, faint each batch. Accuracy: solid test, dashed train.</source>
        <translation>손실: 굵은 선은 평활값, 흐린 선은 배치마다의 값. 정확도: 실선은 시험, 점선은 훈련.</translation>
    </message>
    <message>
        <source>Clear runs</source>
        <translation>학습 목록 지우기</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>export the plots as a PNG image</source>
        <translation>그래프를 PNG 이미지로 내보내기</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>export every run&apos;s points as a CSV table</source>
        <translation>모든 학습 기록의 점을 CSV 표로 내보내기</translation>
    </message>
    <message>
        <source>loss NaN at iteration {iteration:,}</source>
        <translation>반복 {iteration:,}에서 손실 NaN</translation>
    </message>
    <message>
        <source>did not learn</source>
        <translation>학습하지 못함</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Training {name}…</source>
        <translation>{name} 학습 중…</translation>
    </message>
    <message>
        <source>No analysis: {error}</source>
        <translation>분석 없음: {error}</translation>
    </message>
    <message>
        <source>Choose the data folder and settings, then Start.</source>
        <translation>데이터 폴더와 설정을 고른 뒤 시작하세요.</translation>
    </message>
    <message>
        <source>MNIST is not in {folder} (missing {files}). Choose the folder that holds the four MNIST files, or click Download.</source>
        <translation>{folder}에 MNIST가 없습니다 ({files} 없음). MNIST 파일 네 개가 든 폴더를 고르거나 내려받기를 누르세요.</translation>
    </message>
    <message>
        <source>Loading parameters needs the MNIST test set; it is not in {folder}.</source>
        <translation>매개변수를 불러오려면 MNIST 시험 데이터가 필요한데, {folder}에 없습니다.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>Loading MNIST from {folder}…</source>
        <translation>{folder}에서 MNIST를 읽는 중…</translation>
    </message>
    <message>
        <source>Loading {path}…</source>
        <translation>불러오는 중: {path}…</translation>
    </message>
    <message>
        <source>Training {name} on {count:,} images…</source>
        <translation>이미지 {count:,}개로 {name} 학습 중…</translation>
    </message>
    <message>
        <source>It trains the graph as it was at Start: edits you make now apply to the next run.</source>
        <translation>시작할 때의 그래프를 학습합니다. 지금 하는 편집은 다음 학습에 적용됩니다.</translation>
    </message>
    <message>
        <source>Paused at iteration {iteration:,}.</source>
        <translation>반복 {iteration:,}에서 일시 정지했습니다.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>멈추는 중…</translation>
    </message>
    <message>
        <source>Reset: the next Start trains from freshly initialized weights.</source>
        <translation>재설정했습니다: 다음 시작은 새로 초기화한 가중치로 학습합니다.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>Training is still running (iteration {iteration:,} of {iterations:,}).</source>
        <translation>아직 학습 중입니다(반복 {iterations:,}번 중 {iteration:,}번째).</translation>
    </message>
    <message>
        <source>{where}

Save: stop it and put the weights trained so far on the canvas.
Discard: stop it and discard them.
Cancel: go on training.</source>
        <translation>{where}

저장: 학습을 멈추고 지금까지 학습된 가중치를 캔버스에 넣습니다.
무시: 학습을 멈추고 가중치를 버립니다.
취소: 학습을 계속합니다.</translation>
    </message>
    <message>
        <source>{where}

Discard: stop it and discard the weights trained so far (Cancel, then Save parameters…, keeps them).
Cancel: go on training.</source>
        <translation>{where}

무시: 학습을 멈추고 지금까지 학습된 가중치를 버립니다(취소한 뒤 매개변수 저장…을 누르면 보관할 수 있습니다).
취소: 학습을 계속합니다.</translation>
    </message>
    <message>
        <source>Backprop Studio</source>
        <translation>Backprop Studio</translation>
    </message>
    <message>
        <source>Training stopped: the panel was closed.</source>
        <translation>학습을 멈췄습니다: 패널이 닫혔습니다.</translation>
    </message>
    <message>
        <source>Loaded {name}.</source>
        <translation>불러왔습니다: {name}.</translation>
    </message>
    <message>
        <source>Loaded {name}: test accuracy {accuracy:.1%}.</source>
        <translation>불러왔습니다: {name}, 시험 정확도 {accuracy:.1%}.</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <source>stopped before the first iteration</source>
        <extracomment>where downloads fetch from and the md5 sums they check (None: core&apos;s defaults)</extracomment>
        <translation>첫 반복 전에 멈췄습니다</translation>
    </message>
    <message>
        <source>stopped before the parameters were loaded</source>
        <translation>매개변수를 불러오기 전에 멈췄습니다</translation>
    </message>
    <message>
        <source>the download ended early</source>
        <translation>내려받기가 일찍 끝났습니다</translation>
    </message>
</context>
<context>
    <name>TrainingTabs</name>
    <message>
        <source>Curves</source>
        <extracomment>the run of the session&apos;s latest trainer (None: parameters loaded from a file, named `loaded_name`, whose analysis is `loaded`; or none yet). Reset forgets the trainer, not which run was the latest.</extracomment>
        <translation>곡선</translation>
    </message>
    <message>
        <source>Confusion matrix</source>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>오분류</translation>
    </message>
    <message>
        <source>First-layer weights</source>
        <translation>첫 계층 가중치</translation>
    </message>
    <message>
        <source>Optimizer paths</source>
        <translation>최적화 경로</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <source>Activation histograms</source>
        <translation>활성화값 분포</translation>
    </message>
</context>
<context>
    <name>TrainingThread</name>
    <message>
        <source>not enough memory for this data set and dtype</source>
        <extracomment>seconds between two progress batches: 10 GUI updates per second (the cap is 20; each update takes the GIL from the training thread, so fewer is faster and still looks live)</extracomment>
        <translation>이 데이터와 dtype에는 메모리가 부족합니다</translation>
    </message>
    <message>
        <source>unexpected error: {kind}: {error}</source>
        <translation>예상하지 못한 오류: {kind}: {error}</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>{where} is {value}, too large to hold exactly</source>
        <translation>{where}의 값 {value}은(는) 너무 커서 정확히 담을 수 없습니다</translation>
    </message>
    <message>
        <source>{where} is {value!r}; only finite numbers are allowed</source>
        <translation>{where}의 값이 {value!r}입니다. 유한한 수만 허용됩니다</translation>
    </message>
    <message>
        <source>{where} is nested more than {levels} levels deep</source>
        <translation>{where}이(가) {levels}단계보다 깊이 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>{where} is ragged: {where}[{i}] has shape {shape} but {where}[0] has {first}</source>
        <translation>{where}의 형상이 고르지 않습니다: {where}[{i}]의 형상은 {shape}인데 {where}[0]의 형상은 {first}입니다</translation>
    </message>
    <message>
        <source>{where} must be a number or a list of numbers, not {value!r}</source>
        <translation>{where}은(는) 수나 수의 목록이어야 합니다 (입력: {value!r})</translation>
    </message>
    <message>
        <source>the value is empty</source>
        <translation>값이 비어 있습니다</translation>
    </message>
    <message>
        <source>the value is nested more than {levels} levels deep</source>
        <translation>값이 {levels}단계보다 깊이 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>cannot read {text!r} as a number, a vector or a matrix (try 3.5, [1, 2] or 1 2; 3 4)</source>
        <translation>{text!r}을(를) 수, 벡터, 행렬로 읽을 수 없습니다 (3.5, [1, 2], 1 2; 3 4처럼 써 보세요)</translation>
    </message>
    <message>
        <source>shape {text!r} must be whole numbers like 2, 3</source>
        <translation>형상 {text!r}은(는) 2, 3처럼 정수여야 합니다</translation>
    </message>
    <message>
        <source>{name} must be one of {choices}, not {value!r}</source>
        <extracomment>the kinds of parameter, and what each holds</extracomment>
        <translation>{name}은(는) {choices} 중 하나여야 합니다 (입력: {value!r})</translation>
    </message>
    <message>
        <source>{name} has more than {limit:,} elements</source>
        <translation>{name}의 원소가 {limit:,}개보다 많습니다</translation>
    </message>
    <message>
        <source>{name} must be a finite number, not {value!r}</source>
        <translation>{name}은(는) 유한한 수여야 합니다 (입력: {value!r})</translation>
    </message>
    <message>
        <source>{name} must be a finite number ≥ {low:g}, not {value!r}</source>
        <translation>{name}은(는) {low:g} 이상의 유한한 수여야 합니다 (입력: {value!r})</translation>
    </message>
    <message>
        <source>{name} must be at most {high:g}, not {value!r}</source>
        <translation>{name}은(는) {high:g} 이하여야 합니다 (입력: {value!r})</translation>
    </message>
    <message>
        <source>{name} must be a whole number, not {value!r}</source>
        <translation>{name}은(는) 정수여야 합니다 (입력: {value!r})</translation>
    </message>
    <message>
        <source>{name} must be a whole number ≥ {low:g}, not {value!r}</source>
        <translation>{name}은(는) {low:g} 이상의 정수여야 합니다 (입력: {value!r})</translation>
    </message>
    <message>
        <source>{name} must be a whole number or null, not {value!r}</source>
        <translation>{name}은(는) 정수나 null이어야 합니다 (입력: {value!r})</translation>
    </message>
    <message>
        <source>{name} must be a number, not {text!r}</source>
        <translation>{name}은(는) 수여야 합니다 (입력: {text!r})</translation>
    </message>
    <message>
        <source>{name} {text!r} must be a whole number or empty</source>
        <translation>{name} {text!r}: 정수이거나 비어 있어야 합니다</translation>
    </message>
    <message>
        <source>{name} {text!r} must be a whole number</source>
        <translation>{name} {text!r}: 정수여야 합니다</translation>
    </message>
    <message>
        <source>{name} must be a list of at most {count} whole numbers ≥ 0, not {shape!r}</source>
        <translation>{name}은(는) 0 이상의 정수를 최대 {count}개 담은 목록이어야 합니다 (입력: {shape!r})</translation>
    </message>
    <message>
        <source>{name} {shape} has {size:,} elements; the limit is {limit:,}</source>
        <translation>{name} {shape}의 원소는 {size:,}개인데, 한도는 {limit:,}개입니다</translation>
    </message>
    <message>
        <source>unknown parameter {name!r} for {type}</source>
        <extracomment>which inputs the next `backward` must give a gradient for; the engine sets it. An op may skip the work for an input marked False and return None for it (training needs no gradient for the images, only for the weights). whether the arrays this op returned last time are its own again: the engine sets it for a program that runs batch after batch (training), whose caller copies what it keeps. `buffer` then hands back the same array while the shape stays, so a step allocates nothing; otherwise every result is a new array. one of MODES; the engine sets it (`Program.set_mode`)</extracomment>
        <translation>{type}에는 {name!r}(이)라는 매개변수가 없습니다</translation>
    </message>
    <message>
        <source>{name!r} has no meaning for {other} {value!r}</source>
        <translation>{other} {value!r}일 때 {name!r}은(는) 의미가 없습니다</translation>
    </message>
    <message>
        <source>{where} needs {name!r}</source>
        <translation>{where}에는 {name!r}이(가) 필요합니다</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <source>The first layer&apos;s weights appear here as 28 × 28 images.</source>
        <translation>첫 번째 계층의 가중치가 여기에 28 × 28 이미지로 나타납니다.</translation>
    </message>
    <message>
        <source>This network has no layer with one weight per pixel (784 rows), so there are no weight images to show.</source>
        <translation>이 신경망에는 픽셀마다 가중치가 하나씩 있는 계층(784행)이 없어 보여 줄 가중치 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>{label}: each hidden unit&apos;s 784 incoming weights as a 28 × 28 image, iteration {iteration:,} (red positive, blue negative, white zero).</source>
        <translation>{label}: 은닉 뉴런마다 들어오는 가중치 784개를 28 × 28 이미지로, 반복 {iteration:,} (빨강은 양수, 파랑은 음수, 흰색은 0).</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>argparse&apos;s own texts that a user reads (Python 3.10 to 3.13), read with translate(&quot;argparse&quot;, …); a text a Python version words otherwise stays English</extracomment>
        <translation>사용법: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>위치 인수</translation>
    </message>
    <message>
        <source>options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>이 도움말을 보여 주고 끝냅니다</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: 오류: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>인수 %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>알 수 없는 인수: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>다음 인수가 필요합니다: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>인수가 하나 필요합니다</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>인수는 많아야 하나입니다</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>인수가 적어도 하나 필요합니다</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(type)s 값으로 쓸 수 없습니다: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>고를 수 없는 값입니다: %(value)r (고를 수 있는 값: %(choices)s)</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>모호한 옵션 %(option)s: %(matches)s 중 어느 것인지 알 수 없습니다</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>다음 인수와 함께 쓸 수 없습니다: %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>지정한 인수를 무시했습니다: %r</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>다음 인수 중 하나가 필요합니다: %s</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>인수가 %s개 필요합니다</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>인수가 %s개 필요합니다</translation>
    </message>
</context>
<context>
    <name>categories</name>
    <message>
        <source>Sources</source>
        <extracomment>each category&apos;s name for people (the palette&apos;s groups), read with translate(&quot;categories&quot;, …)</extracomment>
        <translation>변수</translation>
    </message>
    <message>
        <source>Arithmetic</source>
        <translation>산술</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>계층</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <source>Primitives</source>
        <translation>기본 연산</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>fixed</source>
        <extracomment>how the inspector names each init and each role, read with translate(&quot;choices&quot;, …) and translate(&quot;roles&quot;, …); files keep the English words</extracomment>
        <translation>고정값</translation>
    </message>
    <message>
        <source>zeros</source>
        <translation>0으로 채움</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>정규분포</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>delete {names}</source>
        <translation>{names} 삭제</translation>
    </message>
    <message>
        <source>delete {count} edge(s)</source>
        <translation>엣지 {count}개 삭제</translation>
    </message>
    <message>
        <source>move {count} node(s)</source>
        <translation>노드 {count}개 이동</translation>
    </message>
    <message>
        <source>connect {source} → {target}.{port}</source>
        <translation>{source} → {target}.{port} 연결</translation>
    </message>
    <message>
        <source>edit {label}</source>
        <translation>{label} 편집</translation>
    </message>
    <message>
        <source>rename {old} → {new}</source>
        <translation>이름 바꾸기 {old} → {new}</translation>
    </message>
</context>
<context>
    <name>gestures</name>
    <message>
        <source>Cannot connect: {problem}</source>
        <translation>연결할 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>Release to replace the edge from {old} into {target}.{port}</source>
        <translation>놓으면 {old}에서 {target}.{port}로 가는 엣지를 바꿉니다</translation>
    </message>
    <message>
        <source>Release to connect {source} → {target}.{port}</source>
        <translation>놓으면 {source} → {target}.{port}를 연결합니다</translation>
    </message>
    <message>
        <source>Connected {source} → {target}.{port}</source>
        <translation>{source} → {target}.{port}를 연결했습니다</translation>
    </message>
    <message>
        <source>these ports do not fit</source>
        <translation>이 포트끼리는 연결할 수 없습니다</translation>
    </message>
    <message>
        <source>Edge removed</source>
        <translation>엣지를 지웠습니다</translation>
    </message>
</context>
<context>
    <name>narration</name>
    <message>
        <source>{out} = {symbol}({args}) = {outv}</source>
        <extracomment>what an input port may be to training (`Op.port_roles`) how an op that computes differently in training and at evaluation runs (BatchNorm&apos;s statistics, Dropout&apos;s mask); every op instance has a `mode`, which the engine sets for all the ops of a program at once (`core.engine.program.Program.set_mode`). Other ops ignore it. the editable parameters, in the order files and the inspector show them the parameters of a new node of this type (built from `params_spec`) a source&apos;s role (`constant`, `parameter`, `data`, `labels`); &quot;&quot; for an op that computes input ports whose value is given, not learned: backward sends nothing into them port → what it is to training, one of PORT_ROLES the op&apos;s name for people where the book gives it one in words (read with translate(&quot;ops&quot;, …): the Mul node is 곱셈 in Korean); &quot;&quot; keeps the code&apos;s name the rule a lesson step about this op states (`explain --json`&apos;s &quot;rule&quot;); the type name in lower case unless a class says otherwise the forward sentence of an op that needs no more than the step&apos;s words, read with translate(&quot;narration&quot;, …); None: the generic `out = symbol(args)`, or `say_forward` what the op computes in its inputs&apos; names (`{x} + {y}`), so that the chain rule may write a node by what it is (`2t` → `2(x + y)`); &quot;&quot; when it has no short form how an exported script writes this op (None: it has no class, as sources)</extracomment>
        <translation>{out} = {symbol}({args}) = {outv}</translation>
    </message>
    <message>
        <source>{x} = {xv}: a constant the graph starts from</source>
        <translation>{x} = {xv}: 그래프가 출발하는 상수</translation>
    </message>
    <message>
        <source>{x} = {xv}: a parameter, which training learns</source>
        <translation>{x} = {xv}: 학습으로 갱신되는 매개변수</translation>
    </message>
    <message>
        <source>{x} = {xv}: the input data</source>
        <translation>{x} = {xv}: 입력 데이터</translation>
    </message>
    <message>
        <source>{x} = {xv}: the labels, given and never learned</source>
        <translation>{x} = {xv}: 정답 레이블 (주어진 값이며 학습하지 않는다)</translation>
    </message>
    <message>
        <source>{x} = {xv}</source>
        <translation>{x} = {xv}</translation>
    </message>
    <message>
        <source>{out}: first y = softmax({x}) = {yv}, then the cross-entropy error −Σ {t} · log(y + δ) / N with δ = {delta}, N = {n}: {out} = {outv}</source>
        <extracomment>its t is most often the labels, which get no gradient: the script&apos;s class then returns dx alone, as the book&apos;s does (see `layer_for`) the class when some t of the graph is not the labels but a value with a gradient</extracomment>
        <translation>{out}: 먼저 y = softmax({x}) = {yv}, 이어서 교차 엔트로피 오차 −Σ {t} · log(y + δ) / N (δ = {delta}, N = {n}): {out} = {outv}</translation>
    </message>
    <message>
        <source>the loss is linear in t</source>
        <translation>손실은 t에 대해 일차식이다</translation>
    </message>
    <message>
        <source>Softmax-with-Loss sends back (y − t) / N, with y = {ysum} and N = {n}</source>
        <translation>Softmax-with-Loss 계층은 (y − t) / N을 하류로 보낸다. 여기서 y = {ysum}, N = {n}이다</translation>
    </message>
    <message>
        <source>{out} = −Σ {t} · log({y} + δ) / N = −Σ {tv} · log({yv} + {delta}) / {n} = {outv}</source>
        <translation>{out} = −Σ {t} · log({y} + δ) / N = −Σ {tv} · log({yv} + {delta}) / {n} = {outv}</translation>
    </message>
    <message>
        <source>{out} = −Σ {t} · log({y} + δ) / N</source>
        <translation>{out} = −Σ {t} · log({y} + δ) / N</translation>
    </message>
    <message>
        <source>{out} = Σ {x}, the sum of every element: Σ {xv} = {outv}</source>
        <translation>{out} = Σ {x}, 모든 원소의 합: Σ {xv} = {outv}</translation>
    </message>
    <message>
        <source>{out} = Σ {x} along axis {axis}: {sx} → {so} = {outv}</source>
        <translation>{out} = 축 {axis} 방향으로 더한 Σ {x}: {sx} → {so} = {outv}</translation>
    </message>
    <message>
        <source>{out} = {x} × {y} = {xv} × {yv} = {outv}</source>
        <translation>{out} = {x} × {y} = {xv} × {yv} = {outv}</translation>
    </message>
    <message>
        <source>× swaps its inputs</source>
        <translation>곱셈 노드는 입력을 서로 바꿔 곱한다</translation>
    </message>
    <message>
        <source>× swaps its inputs; {x_} was broadcast, so the product is summed back {raw} → {sdx}</source>
        <translation>곱셈 노드는 입력을 서로 바꿔 곱한다. {x_}은(는) 순전파에서 브로드캐스트되었으므로 곱을 {raw} → {sdx}(으)로 합친다</translation>
    </message>
    <message>
        <source>{out} = {x} + {y} = {xv} + {yv} = {outv}</source>
        <translation>{out} = {x} + {y} = {xv} + {yv} = {outv}</translation>
    </message>
    <message>
        <source>+ passes the upstream gradient on unchanged</source>
        <translation>덧셈 노드는 상류에서 온 기울기를 그대로 하류로 흘려보낸다</translation>
    </message>
    <message>
        <source>+ passes the upstream gradient on; {x_} was broadcast, so it is summed back {su} → {sdx}</source>
        <translation>덧셈 노드는 상류에서 온 기울기를 하류로 흘려보낸다. {x_}은(는) 순전파에서 브로드캐스트되었으므로 {su} → {sdx}(으)로 합친다</translation>
    </message>
    <message>
        <source>{out} = {x} − {y} = {xv} − {yv} = {outv}</source>
        <translation>{out} = {x} − {y} = {xv} − {yv} = {outv}</translation>
    </message>
    <message>
        <source>− passes the upstream gradient on to {x_} unchanged</source>
        <translation>뺄셈 노드는 상류에서 온 기울기를 {x_}에 그대로 흘려보낸다</translation>
    </message>
    <message>
        <source>− passes the upstream gradient on to {x_} with its sign flipped</source>
        <translation>뺄셈 노드는 상류에서 온 기울기를 {x_}에 부호를 바꿔 흘려보낸다</translation>
    </message>
    <message>
        <source>− passes the upstream gradient on (with its sign flipped to what is subtracted); {x_} was broadcast, so it is summed back {su} → {sdx}</source>
        <translation>뺄셈 노드는 상류에서 온 기울기를 하류로 흘려보낸다(빼는 쪽에는 부호를 바꿔서). {x_}은(는) 순전파에서 브로드캐스트되었으므로 {su} → {sdx}(으)로 합친다</translation>
    </message>
    <message>
        <source>{out} = {x} / {y} = {xv} / {yv} = {outv}</source>
        <translation>{out} = {x} / {y} = {xv} / {yv} = {outv}</translation>
    </message>
    <message>
        <source>÷ divides the upstream gradient by the divisor</source>
        <translation>나눗셈 노드는 상류에서 온 기울기를 나누는 수로 나눈다</translation>
    </message>
    <message>
        <source>÷ sends its divisor the upstream gradient times −x/y²</source>
        <translation>나눗셈 노드는 나누는 수에 상류에서 온 기울기와 −x/y²의 곱을 보낸다</translation>
    </message>
    <message>
        <source>{rule}; {x_} was broadcast, so it is summed back {raw} → {sdx}</source>
        <translation>{rule}. {x_}은(는) 순전파에서 브로드캐스트되었으므로 {raw} → {sdx}(으)로 합친다</translation>
    </message>
    <message>
        <source>{out} = ReLU({x}) = max(0, {xv}) = {outv}: what is above 0 passes, the rest becomes 0</source>
        <translation>{out} = ReLU({x}) = max(0, {xv}) = {outv}: 0보다 큰 값은 그대로 통과하고 나머지는 0이 된다</translation>
    </message>
    <message>
        <source>ReLU passes the gradient where x &gt; 0, and here {x} = {xv} &gt; 0</source>
        <translation>ReLU는 x &gt; 0인 곳에서 기울기를 통과시키는데, 여기서는 {x} = {xv} &gt; 0이다</translation>
    </message>
    <message>
        <source>ReLU blocks the gradient where x ≤ 0, and here {x} = {xv} ≤ 0</source>
        <translation>ReLU는 x ≤ 0인 곳에서 기울기를 막는데, 여기서는 {x} = {xv} ≤ 0이다</translation>
    </message>
    <message>
        <source>ReLU passes the gradient where {x} &gt; 0 and blocks it where {x} ≤ 0, mask = {mask}</source>
        <translation>ReLU는 {x} &gt; 0인 곳에서 기울기를 통과시키고 {x} ≤ 0인 곳에서 막는다. 마스크 = {mask}</translation>
    </message>
    <message>
        <source>{lhs} = {dup} × mask = {upv} × {mask} = {dxv}</source>
        <translation>{lhs} = {dup} × 마스크 = {upv} × {mask} = {dxv}</translation>
    </message>
    <message>
        <source>ReLU passes the gradient where {x} &gt; 0 and blocks it where {x} ≤ 0 ({passed} of {size} elements pass)</source>
        <translation>ReLU는 {x} &gt; 0인 곳에서 기울기를 통과시키고 {x} ≤ 0인 곳에서 막는다 (원소 {size}개 중 {passed}개가 통과한다)</translation>
    </message>
    <message>
        <source>{out} = σ({x}) = 1 / (1 + exp(−{x})) = σ({xv}) = {outv}</source>
        <translation>{out} = σ({x}) = 1 / (1 + exp(−{x})) = σ({xv}) = {outv}</translation>
    </message>
    <message>
        <source>σ needs only its output {node}</source>
        <translation>σ 노드는 자기 출력 {node}만 있으면 된다</translation>
    </message>
    <message>
        <source>every y depends on every score</source>
        <translation>모든 y가 모든 점수에 의존한다</translation>
    </message>
    <message>
        <source>{out} = exp({x}) = exp({xv}) = {outv}</source>
        <translation>{out} = exp({x}) = exp({xv}) = {outv}</translation>
    </message>
    <message>
        <source>exp is its own derivative</source>
        <translation>exp는 미분해도 자기 자신이다</translation>
    </message>
    <message>
        <source>{out} = log({x}) = log({xv}) = {outv}</source>
        <translation>{out} = log({x}) = log({xv}) = {outv}</translation>
    </message>
    <message>
        <source>{out} = log {x}</source>
        <translation>{out} = log {x}</translation>
    </message>
    <message>
        <source>{out} = 1 / {x} = 1 / {xv} = {outv}</source>
        <translation>{out} = 1 / {x} = 1 / {xv} = {outv}</translation>
    </message>
    <message>
        <source>Σ copies the upstream gradient to every element</source>
        <translation>Σ 노드는 상류에서 온 기울기를 모든 원소에 복사한다</translation>
    </message>
    <message>
        <source>{lhs} = {upv} copied to {sdx} = {dxv}</source>
        <translation>{lhs} = {upv}을(를) {sdx}(으)로 복사 = {dxv}</translation>
    </message>
    <message>
        <source>{out} = mean {x}, the mean of every element: Σ {xv} / {n} = {outv}</source>
        <translation>{out} = mean {x}, 모든 원소의 평균: Σ {xv} / {n} = {outv}</translation>
    </message>
    <message>
        <source>{out} = mean {x} along axis {axis}, each the sum of {n} divided by {n}: {sx} → {so} = {outv}</source>
        <translation>{out} = 축 {axis} 방향의 평균 mean {x}, 각각 {n}개의 합을 {n}(으)로 나눈 값: {sx} → {so} = {outv}</translation>
    </message>
    <message>
        <source>the mean gives each of the {n} elements it averaged 1/{n} of the upstream gradient</source>
        <translation>평균은 자신이 평균한 원소 {n}개 각각에 상류에서 온 기울기의 1/{n}을(를) 나눠 준다</translation>
    </message>
    <message>
        <source>{lhs} = {upv} / {n} copied to {sdx} = {dxv}</source>
        <translation>{lhs} = {upv} / {n}을(를) {sdx}(으)로 복사 = {dxv}</translation>
    </message>
    <message>
        <source>{out} = √{x} = √{xv} = {outv}</source>
        <translation>{out} = √{x} = √{xv} = {outv}</translation>
    </message>
    <message>
        <source>{out} = √{x}, whose derivative is 1/(2√{x})</source>
        <translation>{out} = √{x}이고, 그 미분은 1/(2√{x})이다</translation>
    </message>
    <message>
        <source>{out} = {x}² = {xv}² = {outv}</source>
        <translation>{out} = {x}² = {xv}² = {outv}</translation>
    </message>
    <message>
        <source>{out} = {x}², the square</source>
        <translation>{out} = {x}², 제곱</translation>
    </message>
    <message>
        <source>{out} = 1/{x}, whose derivative is −1/{x}²</source>
        <translation>{out} = 1/{x}이고, 그 미분은 −1/{x}²이다</translation>
    </message>
    <message>
        <source>for the matrix product {x} · {W}</source>
        <translation>행렬의 곱 {x} · {W}의 역전파다</translation>
    </message>
    <message>
        <source>{out} = {x} · {W}, the matrix product: {sx}·{sW} → {so} = {outv}</source>
        <translation>{out} = {x} · {W}, 행렬의 곱: {sx}·{sW} → {so} = {outv}</translation>
    </message>
    <message>
        <source>{out} = {x} · {W} + {b}: {sx}·{sW} + {sb} → {so} = {outv}</source>
        <translation>{out} = {x} · {W} + {b}: {sx}·{sW} + {sb} → {so} = {outv}</translation>
    </message>
    <message>
        <source>{b} was added to every row (every data point), so its gradient sums ∂L/∂{node} over axis 0</source>
        <translation>{b}은(는) 모든 데이터(모든 행)에 더해졌으므로 ∂L/∂{node}을(를) 0번째 축으로 합한다</translation>
    </message>
    <message>
        <source>{b} was added to the one row there is, so it gets the gradient as it is</source>
        <translation>{b}은(는) 데이터 하나(행 하나)에만 더해졌으므로 기울기를 그대로 받는다</translation>
    </message>
    <message>
        <source>{out} = softmax({x}) = exp({x}) / Σ exp({x}) = softmax({xv}) = {outv}: probabilities that sum to 1</source>
        <translation>{out} = softmax({x}) = exp({x}) / Σ exp({x}) = softmax({xv}) = {outv}: 합이 1인 확률</translation>
    </message>
    <message>
        <source>{d} via {node}</source>
        <extracomment>the most significant digits a formula&apos;s inputs get to agree with its result the chain rule is written whole for at most this many paths of at most this many nodes whether L is more than the output itself (a given gradient, several outputs): then the chain rule starts with ∂L/∂output edge id → the local derivative its target named for it (for the chain rule)</extracomment>
        <translation>{d} ({node} 경로)</translation>
    </message>
    <message>
        <source>By the chain rule, the local derivatives from {out} back to {x} multiply: {formula}</source>
        <translation>연쇄법칙에 따라 {out}에서 {x}까지 국소적 미분을 모두 곱한다: {formula}</translation>
    </message>
    <message>
        <source>By the chain rule, the local derivatives along each path from {out} back to {x} multiply, and the paths add up: {formula}</source>
        <translation>연쇄법칙에 따라 {out}에서 {x}까지 경로마다 국소적 미분을 곱하고, 경로들을 더한다: {formula}</translation>
    </message>
    <message>
        <source>{lhs} = {dxv}, sent back by {node}</source>
        <translation>{lhs} = {dxv}: {node} 노드가 하류로 보낸 값</translation>
    </message>
    <message>
        <source>{t} is given (the labels): nothing flows back into it, so it has no gradient</source>
        <translation>정답 레이블 {t}: 주어진 값이라 역전파가 흘러 들어가지 않으므로 기울기가 없다</translation>
    </message>
    <message>
        <source>Backward: no output is named, so each of the {count} sinks ({names}) is an output and starts with the gradient 1. L is their sum: where their paths meet, the gradients from the different outputs are summed</source>
        <extracomment>numbers with more elements than this are given in JSON as their shape and largest |x| what the canvas shows from this step on: (&quot;value&quot;, node id), (&quot;grad&quot;, edge id) or, for where backward starts, (&quot;grad&quot;, output node id) what a learner is given to compute this step: (name, value as text) pairs the chain rule written whole, on the step that completes a source&apos;s gradient (&quot;&quot;); `text` ends with it, on a line of its own a large array&apos;s range in a sentence: `(784, 50) -0.0412 … 0.0398`</extracomment>
        <translation>역전파: 출력이 지정되지 않았으므로 끝 노드 {count}개({names})가 모두 출력이 되어 각각 기울기 1에서 시작한다. L은 이들의 합이다: 경로가 만나는 곳에서 여러 출력에서 온 기울기를 더한다</translation>
    </message>
    <message>
        <source>Backward starts at the output {out} with the gradient that arrives from the rest of a larger graph: {d} = {seed}</source>
        <translation>역전파는 출력 {out}에서, 더 큰 그래프의 나머지 부분에서 흘러오는 기울기로 시작한다: {d} = {seed}</translation>
    </message>
    <message>
        <source>Backward starts at the output {out}, which is not one number: L is the sum of its elements, so {d} = {seed}</source>
        <translation>역전파는 출력 {out}에서 시작한다. 출력이 수 하나가 아니므로 L은 원소들의 합이고, {d} = {seed}</translation>
    </message>
    <message>
        <source>Backward starts at the output {out}: {d} = {seed}</source>
        <translation>역전파는 출력 {out}에서 시작한다: {d} = {seed}</translation>
    </message>
    <message>
        <source>{x} feeds {count} nodes, so its gradient is the sum of what each sends back: {d} = {terms} = {total}</source>
        <translation>{x}의 출력은 노드 {count}개로 이어지므로 기울기는 각 노드가 되돌려 보낸 값의 합이다: {d} = {terms} = {total}</translation>
    </message>
    <message>
        <source>{rule}; local derivative {local}, times the upstream gradient: {formula}</source>
        <extracomment>the significant digits of a formula&apos;s numbers, unless more are needed to agree a label that is a plain name or number needs no brackets in a formula: x, W1, apple_num, exp(a), x², Wᵀ, 2.5 a negative number right after ×, ·, / or + in a formula: it is bracketed, `× (-1)` a bracketed term right inside a function&apos;s own brackets: `exp((-x))`</extracomment>
        <translation>{rule}. 상류에서 전해진 미분에 국소적 미분 {local}을(를) 곱한다: {formula}</translation>
    </message>
    <message>
        <source>{rule}; local derivative {local}, multiplied on the right of the upstream gradient: {formula}</source>
        <translation>{rule}. 상류에서 전해진 미분에 국소적 미분 {local}을(를) 오른쪽에서 곱한다(행렬의 곱): {formula}</translation>
    </message>
    <message>
        <source>{rule}; local derivative {local}, multiplied on the left of the upstream gradient: {formula}</source>
        <translation>{rule}. 상류에서 전해진 미분에 국소적 미분 {local}을(를) 왼쪽에서 곱한다(행렬의 곱): {formula}</translation>
    </message>
    <message>
        <source>{rule}; local derivative {local}, applied to the upstream gradient: {formula}</source>
        <translation>{rule}. 국소적 미분 {local}을(를) 상류에서 전해진 미분에 적용한다: {formula}</translation>
    </message>
    <message>
        <source>{rule}; local derivative {local} for each copy, so the upstream gradient is summed: {formula}</source>
        <translation>{rule}. 복사본마다 국소적 미분이 {local}이므로 상류에서 전해진 미분을 합한다: {formula}</translation>
    </message>
    <message>
        <source>{out} = {gamma} ⊙ x̂ + {beta}: each column of {x} is normalized over the batch of {n}, x̂ = ({x} − μ) / √(σ² + ε) with the batch&apos;s mean μ = {mu} and variance σ² = {var}, then scaled and shifted: {sx} → {so} = {outv}</source>
        <translation>{out} = {gamma} ⊙ x̂ + {beta}: {x}의 각 열을 데이터 {n}개짜리 배치 전체에 걸쳐 정규화한다. 배치의 평균 μ = {mu}, 분산 σ² = {var}로 x̂ = ({x} − μ) / √(σ² + ε)를 구하고, 확대하고 이동한다: {sx} → {so} = {outv}</translation>
    </message>
    <message>
        <source>{beta} was added to every row (every data point), so its gradient sums ∂L/∂{node} over axis 0</source>
        <translation>{beta}은(는) 모든 데이터(모든 행)에 더해졌으므로 ∂L/∂{node}을(를) 0번째 축으로 합한다</translation>
    </message>
    <message>
        <source>{gamma} multiplied every row&apos;s x̂, so its gradient sums x̂ ⊙ ∂L/∂{node} over axis 0</source>
        <translation>{gamma}은(는) 모든 행의 x̂에 곱해졌으므로 x̂ ⊙ ∂L/∂{node}을(를) 0번째 축으로 합한다</translation>
    </message>
    <message>
        <source>every row of {x} reaches every row&apos;s output through the batch&apos;s mean and variance, so the gradient takes three paths back (x̂, σ², μ; figure 6-17) and each column&apos;s mean parts are taken off</source>
        <translation>{x}의 모든 행은 배치의 평균과 분산을 거쳐 모든 행의 출력에 닿으므로, 기울기는 세 경로(x̂, σ², μ; 그림 6-17)로 돌아가고 각 열의 평균에 해당하는 몫이 빠진다</translation>
    </message>
    <message>
        <source>{lhs} = ({gamma}/σ) ⊙ ({dup} − mean({dup}) − x̂ ⊙ mean({dup} ⊙ x̂)), the means over the batch of {n}: {su} → {sdx} = {dxv}</source>
        <translation>{lhs} = ({gamma}/σ) ⊙ ({dup} − mean({dup}) − x̂ ⊙ mean({dup} ⊙ x̂)), 평균은 데이터 {n}개짜리 배치에 대한 것이다: {su} → {sdx} = {dxv}</translation>
    </message>
    <message>
        <source>{out} = {x} ⊙ mask: each value is dropped with probability {ratio}, and seed {seed} draws mask = {mask}: {xv} ⊙ {mask} = {outv}</source>
        <translation>{out} = {x} ⊙ 마스크: 각 값은 확률 {ratio}로 삭제되고, 시드 {seed}이(가) 뽑은 마스크는 {mask}이다: {xv} ⊙ {mask} = {outv}</translation>
    </message>
    <message>
        <source>{out} = {x} ⊙ mask: each value is dropped with probability {ratio}, and seed {seed} keeps {kept} of {size}: {sx} → {so} = {outv}</source>
        <translation>{out} = {x} ⊙ 마스크: 각 값은 확률 {ratio}로 삭제되고, 시드 {seed}은(는) {size}개 중 {kept}개를 남긴다: {sx} → {so} = {outv}</translation>
    </message>
    <message>
        <source>mask</source>
        <translation>마스크</translation>
    </message>
    <message>
        <source>Dropout passes the gradient where it kept {x} and blocks it where it dropped it, mask = {mask}</source>
        <translation>드롭아웃은 {x}을(를) 남긴 곳에서 기울기를 통과시키고 삭제한 곳에서 막는다. 마스크 = {mask}</translation>
    </message>
    <message>
        <source>Dropout passes the gradient where it kept {x} and blocks it where it dropped it ({kept} of {size} pass)</source>
        <translation>드롭아웃은 {x}을(를) 남긴 곳에서 기울기를 통과시키고 삭제한 곳에서 막는다 ({size}개 중 {kept}개가 통과한다)</translation>
    </message>
    <message>
        <source>{lhs} = {dup} × mask = {dxv}</source>
        <translation>{lhs} = {dup} × 마스크 = {dxv}</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>forward y = exp(x) / Σ exp(x) along the last axis; backward dx = y·(dout - Σ dout·y)</source>
        <translation>순전파: 마지막 축을 따라 y = exp(x) / Σ exp(x), 역전파: dx = y·(dout - Σ dout·y)</translation>
    </message>
    <message>
        <source>CrossEntropyError</source>
        <translation>교차 엔트로피 오차</translation>
    </message>
    <message>
        <source>forward -Σ t·log(y + delta) / N; backward dy = -t / (y + delta) / N (t is given: no gradient)</source>
        <translation>순전파: -Σ t·log(y + delta) / N, 역전파: dy = -t / (y + delta) / N (t는 주어진 값이라 기울기가 없습니다)</translation>
    </message>
    <message>
        <source>Mul</source>
        <translation>곱셈</translation>
    </message>
    <message>
        <source>forward x·y; backward dx = dout·y, dy = dout·x (the inputs swap)</source>
        <translation>순전파: x·y, 역전파: dx = dout·y, dy = dout·x (입력을 서로 바꿔 곱합니다)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>덧셈</translation>
    </message>
    <message>
        <source>forward x + y; backward dx = dout, dy = dout (passed on unchanged)</source>
        <translation>순전파: x + y, 역전파: dx = dout, dy = dout (그대로 흘려보냅니다)</translation>
    </message>
    <message>
        <source>Sub</source>
        <translation>뺄셈</translation>
    </message>
    <message>
        <source>forward x − y; backward dx = dout, dy = −dout (the sign flips for y)</source>
        <translation>순전파: x − y, 역전파: dx = dout, dy = −dout (y에는 부호가 바뀝니다)</translation>
    </message>
    <message>
        <source>Div</source>
        <translation>나눗셈</translation>
    </message>
    <message>
        <source>forward x / y; backward dx = dout / y, dy = −dout·x / y²</source>
        <translation>순전파: x / y, 역전파: dx = dout / y, dy = −dout·x / y²</translation>
    </message>
    <message>
        <source>forward max(0, x); backward dout where x &gt; 0, else 0</source>
        <translation>순전파: max(0, x), 역전파: x &gt; 0인 곳은 dout, 나머지는 0</translation>
    </message>
    <message>
        <source>forward y = 1 / (1 + exp(-x)); backward dout·y·(1 - y)</source>
        <translation>순전파: y = 1 / (1 + exp(-x)), 역전파: dout·y·(1 - y)</translation>
    </message>
    <message>
        <source>forward x·W + b; backward dx = dout·Wᵀ, dW = xᵀ·dout, db = dout summed over the batch</source>
        <translation>순전파: x·W + b, 역전파: dx = dout·Wᵀ, dW = xᵀ·dout, db = dout을 배치에 대해 합한 값</translation>
    </message>
    <message>
        <source>forward softmax then cross-entropy, averaged over the batch; backward dx = (y - t) / N</source>
        <extracomment>the book&apos;s softmax(), as an exported script writes it (the engine&apos;s is softmax_rows) the book&apos;s cross_entropy_error(), as an exported script writes it (the engine&apos;s is t_log)</extracomment>
        <translation>순전파: 소프트맥스 다음 교차 엔트로피 오차를 배치에 대해 평균, 역전파: dx = (y - t) / N</translation>
    </message>
    <message>
        <source>forward x²; backward dout·2x</source>
        <translation>순전파: x², 역전파: dout·2x</translation>
    </message>
    <message>
        <source>forward exp(x); backward dout·exp(x) (its own output)</source>
        <translation>순전파: exp(x), 역전파: dout·exp(x) (자기 출력)</translation>
    </message>
    <message>
        <source>forward log(x); backward dout / x</source>
        <translation>순전파: log(x), 역전파: dout / x</translation>
    </message>
    <message>
        <source>forward y = 1/x; backward -dout·y² (= -dout / x²)</source>
        <translation>순전파: y = 1/x, 역전파: -dout·y² (= -dout / x²)</translation>
    </message>
    <message>
        <source>forward x·W (matrix product); backward dx = dout·Wᵀ, dW = xᵀ·dout</source>
        <translation>순전파: x·W (행렬의 곱), 역전파: dx = dout·Wᵀ, dW = xᵀ·dout</translation>
    </message>
    <message>
        <source>forward the sum of x&apos;s elements (or along an axis); backward dout copied to every element</source>
        <translation>순전파: x의 원소의 합 (또는 한 축을 따라 합), 역전파: dout을 모든 원소에 복사</translation>
    </message>
    <message>
        <source>forward the mean of x&apos;s elements (or along an axis: 0 is over the batch); backward dout / n to each of the n elements</source>
        <translation>순전파: x 원소의 평균 (또는 한 축을 따라, 0이면 배치 전체), 역전파: 원소 n개 각각에 dout / n</translation>
    </message>
    <message>
        <source>forward y = √x; backward dout / (2y)</source>
        <translation>순전파: y = √x, 역전파: dout / (2y)</translation>
    </message>
    <message>
        <source>a fixed value; its gradient shows how the output would change with it</source>
        <translation>고정된 값입니다. 기울기는 이 값이 아주 조금 변할 때 출력이 얼마나 변하는지 보여 줍니다</translation>
    </message>
    <message>
        <source>a value training changes: W ← W - lr·dW</source>
        <translation>학습으로 갱신되는 값입니다: W ← W - lr·dW</translation>
    </message>
    <message>
        <source>input data; the trainer puts each batch of images here</source>
        <translation>입력 데이터입니다. 학습할 때 배치마다 이미지가 여기에 들어갑니다</translation>
    </message>
    <message>
        <source>target labels (one-hot or class indices); the trainer puts each batch&apos;s here</source>
        <translation>정답 레이블입니다 (원-핫 또는 클래스 번호). 학습할 때 배치마다 정답이 여기에 들어갑니다</translation>
    </message>
    <message>
        <source>forward γ·(x − μ)/√(σ² + ε) + β, each column normalized over the batch; backward through the mean and the variance to every row (figure 6-17)</source>
        <translation>순전파: γ·(x − μ)/√(σ² + ε) + β, 각 열을 배치 전체에 걸쳐 정규화, 역전파: 평균과 분산을 거쳐 모든 행으로 (그림 6-17)</translation>
    </message>
    <message>
        <source>forward x where the mask keeps it, else 0 (each value dropped with probability ratio); backward dout where kept, else 0</source>
        <translation>순전파: 마스크가 남긴 곳은 x, 나머지는 0 (각 값은 삭제 비율만큼의 확률로 삭제), 역전파: 남긴 곳은 dout, 나머지는 0</translation>
    </message>
</context>
<context>
    <name>param_fields</name>
    <message>
        <source>empty for all axes</source>
        <extracomment>literals up to this many numbers are edited in the text box straight away literals up to this many numbers may be opened as text on request</extracomment>
        <translation>비워 두면 모든 축</translation>
    </message>
    <message>
        <source>e.g. 2, 3</source>
        <translation>예: 2, 3</translation>
    </message>
    <message>
        <source>3.5   or   [1, 2]   or   1 2; 3 4</source>
        <translation>3.5   또는   [1, 2]   또는   1 2; 3 4</translation>
    </message>
    <message>
        <source>Edit as text</source>
        <translation>텍스트로 편집</translation>
    </message>
    <message>
        <source>{count:,} numbers are too many to edit as text; set them with an initializer (init: normal or zeros) instead</source>
        <translation>수 {count:,}개는 텍스트로 편집하기에 너무 많습니다. 대신 초깃값 생성(정규분포 또는 0으로 채움)으로 정하세요</translation>
    </message>
    <message>
        <source>{shape} array of {count:,} numbers, from {low} to {high}</source>
        <translation>{shape} 배열, 수 {count:,}개, {low}부터 {high}까지</translation>
    </message>
</context>
<context>
    <name>params</name>
    <message>
        <source>the gradient arriving at the output</source>
        <extracomment>the check every gradient arriving at an output passes, in the editor and in files</extracomment>
        <translation>출력으로 흘러 들어오는 기울기</translation>
    </message>
    <message>
        <source>Output_grad</source>
        <translation>출력 기울기</translation>
    </message>
    <message>
        <source>added inside the log, log(y + delta): 1e-7 as the book&apos;s code, 0 as the printed book</source>
        <extracomment>the small number inside the cross-entropy&apos;s log, log(y + delta): the book&apos;s official code adds 1e-7 so that log(0) never happens; the printed book&apos;s formula has none (0)</extracomment>
        <translation>log 안에 더하는 작은 값, log(y + delta): 책의 코드처럼 1e-7, 인쇄된 책의 식처럼 0</translation>
    </message>
    <message>
        <source>Delta</source>
        <translation>델타 (δ)</translation>
    </message>
    <message>
        <source>sum along this axis; empty for every element</source>
        <translation>이 축을 따라 더합니다. 비워 두면 모든 원소를 더합니다</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>축</translation>
    </message>
    <message>
        <source>average along this axis (0: over the batch); empty for every element</source>
        <translation>이 축을 따라 평균합니다(0이면 배치 전체). 비워 두면 모든 원소를 평균합니다</translation>
    </message>
    <message>
        <source>a fixed value, or an initializer with a shape</source>
        <translation>고정된 값, 또는 형상을 정해 초깃값을 만드는 방법</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>초깃값</translation>
    </message>
    <message>
        <source>a number, a vector [1, 2] or a matrix 1 2; 3 4</source>
        <translation>수, 벡터 [1, 2], 또는 행렬 1 2; 3 4</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>the array&apos;s shape, e.g. 784, 50</source>
        <translation>배열의 형상, 예: 784, 50</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>형상</translation>
    </message>
    <message>
        <source>standard deviation of the normal distribution</source>
        <translation>정규분포의 표준편차</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>표준편차</translation>
    </message>
    <message>
        <source>the same seed always draws the same numbers</source>
        <translation>같은 시드는 언제나 같은 수를 뽑습니다</translation>
    </message>
    <message>
        <source>the probability that a value is dropped in training</source>
        <translation>학습할 때 값 하나가 삭제될 확률</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>삭제 비율</translation>
    </message>
    <message>
        <source>the same seed always draws the same mask</source>
        <translation>같은 시드는 언제나 같은 마스크를 뽑습니다</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>how much of the running averages each training batch keeps (they are what evaluation uses)</source>
        <translation>학습 배치마다 이동 평균을 얼마나 유지할지 (평가할 때는 이동 평균을 씁니다)</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>constant</source>
        <translation>상수</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>정답 레이블</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <source>⚠ Something went wrong ({error} in {where}); the graph was not changed, and you can go on working.</source>
        <translation>⚠ 문제가 생겼습니다 ({where}에서 {error}). 그래프는 바뀌지 않았으니 계속 작업할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>symbols</name>
    <message>
        <source>const</source>
        <translation>상수</translation>
    </message>
    <message>
        <source>param</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>레이블</translation>
    </message>
</context>
<context>
    <name>tooltips</name>
    <message>
        <source>first image, {side} × {side}:</source>
        <translation>첫 번째 이미지, {side} × {side}:</translation>
    </message>
</context>
</TS>
