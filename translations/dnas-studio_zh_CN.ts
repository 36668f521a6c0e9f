<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>dnas::gui::BenchmarkLoader</name>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
</context>
<context>
    <name>dnas::gui::MainWindow</name>
    <message>
        <source>DNAS Studio</source>
        <translation>DNAS Studio</translation>
    </message>
    <message>
        <source>Best accuracy so far</source>
        <translation>目前最佳准确率</translation>
    </message>
    <message>
        <source>Cannot run the search</source>
        <translation>无法运行搜索</translation>
    </message>
    <message>
        <source>%1 run %2 of %3, budget %4, seed %5</source>
        <translation>%1：运行 %2（%3），预算 %4，随机种子 %5</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>已开始</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>所有来源</translation>
    </message>
    <message>
        <source>Queried cells</source>
        <translation>已查询的单元</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <source>Start a search first: the cell is queried by the running search.</source>
        <translation>请先开始搜索：该单元由正在运行的搜索进行查询。</translation>
    </message>
    <message>
        <source>Asked the search to query the explorer&apos;s cell</source>
        <translation>已请求搜索查询探索器中的单元</translation>
    </message>
    <message>
        <source>Latent explorer</source>
        <translation>潜在空间探索器</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>The latent dimension to traverse.</source>
        <translation>要遍历的潜在维度。</translation>
    </message>
    <message>
        <source>Convergence</source>
        <translation>收敛</translation>
    </message>
    <message>
        <source>Traversal</source>
        <translation>遍历</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Loading %1 …</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>No benchmark is loaded yet.</source>
        <translation>尚未加载基准。</translation>
    </message>
    <message>
        <source>Resume run</source>
        <translation>恢复运行</translation>
    </message>
    <message>
        <source>Run %1 searched %2: open that benchmark first, then resume it.</source>
        <translation>运行 %1 搜索的是 %2：请先打开该基准，然后再恢复此运行。</translation>
    </message>
    <message>
        <source>Cannot resume the run</source>
        <translation>无法恢复运行</translation>
    </message>
    <message>
        <source>Iteration %1: the %2 labelled cells encoded by the run&apos;s controller. Grey bands are the automatic promising regions, orange ones yours; drag on the large plot to draw one.</source>
        <translation>第 %1 次迭代：由该运行的控制器编码的 %2 个已标注单元。灰色带为自动生成的潜力区域，橙色带为您绘制的区域；在大图上拖动即可绘制一个区域。</translation>
    </message>
    <message>
        <source>Iteration %1 done: %2 queries</source>
        <translation>第 %1 次迭代完成：%2 次查询</translation>
    </message>
    <message>
        <source>Regions sent to the search: its next sampling step uses them</source>
        <translation>区域已发送给搜索：下一次采样步骤将使用这些区域</translation>
    </message>
    <message>
        <source>Run %1 %2 after %3 queries in %4 s</source>
        <translation>运行 %1：%2，共 %3 次查询，用时 %4 s</translation>
    </message>
    <message>
        <source>; best %1 % (rank %2)</source>
        <translation>；最佳 %1 %（排名 %2）</translation>
    </message>
    <message>
        <source>A search is running</source>
        <translation>搜索正在运行</translation>
    </message>
    <message>
        <source>Stop the running search and quit? It is stored and can be resumed later.</source>
        <translation>要停止正在运行的搜索并退出吗？该搜索已保存，之后可以恢复。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New run database…</source>
        <translation>新建运行数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open run database…</source>
        <translation>打开运行数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Recent &amp;databases</source>
        <translation>最近的数据库(&amp;D)</translation>
    </message>
    <message>
        <source>Export cells as &amp;CSV…</source>
        <translation>将单元导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;best cell…</source>
        <translation>导出最佳单元(&amp;B)…</translation>
    </message>
    <message>
        <source>Export convergence &amp;plot…</source>
        <translation>导出收敛图(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;factor plots…</source>
        <translation>导出因子图(&amp;F)…</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Images (*.png *.pdf *.svg)</source>
        <translation>图像 (*.png *.pdf *.svg)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Reset dock &amp;sizes</source>
        <translation>重置停靠窗口大小(&amp;S)</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>设置(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language changes when DNAS Studio starts again.</source>
        <translation>语言将在 DNAS Studio 下次启动时更改。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About DNAS Studio</source>
        <translation>关于 DNAS Studio(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Export cells</source>
        <translation>导出单元</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export cell</source>
        <translation>导出单元</translation>
    </message>
    <message>
        <source>Cell (*.json *.txt)</source>
        <translation>单元 (*.json *.txt)</translation>
    </message>
    <message>
        <source>&amp;Benchmark:</source>
        <translation>基准(&amp;B)：</translation>
    </message>
    <message>
        <source>DNAS Studio — %1</source>
        <translation>DNAS Studio — %1</translation>
    </message>
    <message>
        <source>%1: %2 cells loaded in %3 ms</source>
        <translation>%1：已在 %3 ms 内加载 %2 个单元</translation>
    </message>
    <message>
        <source>%1 random cells of the table encoded by the pretrained controller. Drag on the large plot to draw a promising region for the next search.</source>
        <translation>由预训练控制器编码的数据表中 %1 个随机单元。在大图上拖动，可为下一次搜索绘制一个潜力区域。</translation>
    </message>
    <message>
        <source>The latent explorer is unavailable: %1</source>
        <translation>潜在空间探索器不可用：%1</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>无法加载 %1：%2</translation>
    </message>
    <message>
        <source>Cannot load benchmark</source>
        <translation>无法加载基准</translation>
    </message>
    <message>
        <source>Stop the running search before switching benchmarks.</source>
        <translation>切换基准前请先停止正在运行的搜索。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DNAS Studio %1&lt;/h3&gt;&lt;p&gt;Interpretable neural architecture search: search, explore and explain cells of NAS-Bench-101 and NAS-Bench-201.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QCustomPlot.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DNAS Studio %1&lt;/h3&gt;&lt;p&gt;可解释的神经架构搜索：搜索、探索并解释 NAS-Bench-101 和 NAS-Bench-201 的单元。&lt;/p&gt;&lt;p&gt;基于 Qt %2 和 QCustomPlot 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;About the table of %1&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;关于 %1 的数据表&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>About DNAS Studio</source>
        <translation>关于 DNAS Studio</translation>
    </message>
    <message>
        <source>Cannot open run database</source>
        <translation>无法打开运行数据库</translation>
    </message>
    <message>
        <source>Searches are stored in %1</source>
        <translation>搜索保存在 %1 中</translation>
    </message>
    <message>
        <source>Stop the running search before switching databases.</source>
        <translation>切换数据库前请先停止正在运行的搜索。</translation>
    </message>
    <message>
        <source>Open run database</source>
        <translation>打开运行数据库</translation>
    </message>
    <message>
        <source>Run databases (*.sqlite);;All files (*)</source>
        <translation>运行数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New run database</source>
        <translation>新建运行数据库</translation>
    </message>
    <message>
        <source>Run databases (*.sqlite)</source>
        <translation>运行数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Stop the running search to look at another run.</source>
        <translation>请先停止正在运行的搜索，再查看其他运行。</translation>
    </message>
    <message>
        <source>Run %1 searched %2: open that benchmark to show it.</source>
        <translation>运行 %1 搜索的是 %2：请打开该基准以显示此运行。</translation>
    </message>
    <message>
        <source>Run %1, iteration %2: the %3 labelled cells encoded by the run&apos;s controller.</source>
        <translation>运行 %1，第 %2 次迭代：由该运行的控制器编码的 %3 个已标注单元。</translation>
    </message>
    <message>
        <source>Showing run %1 (%2, %3 queries)</source>
        <translation>正在显示运行 %1（%2，%3 次查询）</translation>
    </message>
    <message>
        <source>Cannot show the run</source>
        <translation>无法显示运行</translation>
    </message>
    <message>
        <source>run %1: %2, seed %3</source>
        <translation>运行 %1：%2，随机种子 %3</translation>
    </message>
    <message>
        <source>There is no cell to export yet.</source>
        <translation>还没有可导出的单元。</translation>
    </message>
    <message>
        <source>The search failed</source>
        <translation>搜索失败</translation>
    </message>
    <message>
        <source>&amp;Save run database as…</source>
        <translation>运行数据库另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Save run database as</source>
        <translation>运行数据库另存为</translation>
    </message>
    <message>
        <source>Cannot save the run database</source>
        <translation>无法保存运行数据库</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <source>Saved a copy of the runs as %1</source>
        <translation>已将运行副本保存为 %1</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>因子</translation>
    </message>
    <message>
        <source>The controller changed: Analyse names its dimensions (done when the run ends).</source>
        <translation>控制器已更改：“分析”会命名其各维度（运行结束时自动进行）。</translation>
    </message>
    <message>
        <source>Run controller, ρ over its %1 queried cells</source>
        <translation>运行的控制器，ρ 基于其 %1 个已查询单元</translation>
    </message>
    <message>
        <source>Pretrained controller, ρ over %1 random cells</source>
        <translation>预训练控制器，ρ 基于 %1 个随机单元</translation>
    </message>
    <message>
        <source>Analysing %1 latent dimensions …</source>
        <translation>正在分析 %1 个潜在维度 …</translation>
    </message>
    <message>
        <source>Factor analysis failed: %1</source>
        <translation>因子分析失败：%1</translation>
    </message>
    <message>
        <source>%1
Everything queried until then is stored in run %2: once the cause is fixed, select it in the Runs dock and press Resume.</source>
        <translation>%1
此前查询的所有单元都已保存在运行 %2 中：排除原因后，在“运行记录”面板中选中它并点击“继续”。</translation>
    </message>
    <message>
        <source>Run %1: damaged controller checkpoint, passed over: %2</source>
        <translation>运行 %1：控制器检查点已损坏，已跳过：%2</translation>
    </message>
</context>
<context>
    <name>dnas::gui::SearchRunner</name>
    <message>
        <source>A search is already running; stop it first.</source>
        <translation>已有搜索正在运行；请先停止它。</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::AccuracyFlopsDensityPlot</name>
    <message>
        <source>Cells by FLOPS and accuracy</source>
        <translation>按 FLOPS 和准确率分布的单元</translation>
    </message>
    <message>
        <source>MFLOPs (multiply-adds, log scale)</source>
        <translation>MFLOPs（乘加运算，对数刻度）</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>Cells per bin</source>
        <translation>每个区间的单元数</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::AccuracyHistogramPlot</name>
    <message>
        <source>Cells by accuracy</source>
        <translation>按准确率分布的单元</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>Cells per bin</source>
        <translation>每个区间的单元数</translation>
    </message>
    <message>
        <source>Cells per bin (%1 points wide)</source>
        <translation>每个区间的单元数（区间宽 %1 个百分点）</translation>
    </message>
    <message>
        <source>%1 cells below %2 % not shown</source>
        <translation>低于 %2 % 的 %1 个单元未显示</translation>
    </message>
    <message>
        <source>%1 cells above %2 % not shown</source>
        <translation>高于 %2 % 的 %1 个单元未显示</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::BenchmarkSummaryView</name>
    <message>
        <source>No benchmark loaded.</source>
        <translation>未加载基准。</translation>
    </message>
    <message>
        <source>Mean test accuracy</source>
        <translation>平均测试准确率</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>Search: 200-epoch validation accuracy. Reported: 200-epoch test accuracy, the mean over the training seeds.</source>
        <translation>搜索：200 个 epoch 的验证准确率。报告：200 个 epoch 的测试准确率，取各训练随机种子的平均值。</translation>
    </message>
    <message>
        <source>Search: the 108-epoch validation accuracy of one of the three training runs, drawn at random. Reported: the mean test accuracy of the three runs.</source>
        <translation>搜索：从三次训练运行中随机抽取一次，取其第 108 个 epoch 的验证准确率。报告：三次运行的平均测试准确率。</translation>
    </message>
    <message>
        <source>One measured 108-epoch CIFAR-10 test accuracy per cell, used as both the search and the reported metric (not the mean of the three official runs).</source>
        <translation>每个单元一个实测的 108 个 epoch CIFAR-10 测试准确率，同时用作搜索指标和报告指标（而非三次官方运行的平均值）。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Benchmark:</source>
        <translation>基准：</translation>
    </message>
    <message>
        <source>Cells:</source>
        <translation>单元：</translation>
    </message>
    <message>
        <source>Best search accuracy:</source>
        <translation>最佳搜索准确率：</translation>
    </message>
    <message>
        <source>Median search accuracy:</source>
        <translation>搜索准确率中位数：</translation>
    </message>
    <message>
        <source>Best reported accuracy:</source>
        <translation>最佳报告准确率：</translation>
    </message>
    <message>
        <source>Median reported accuracy:</source>
        <translation>报告准确率中位数：</translation>
    </message>
    <message>
        <source>FLOPS:</source>
        <translation>FLOPS：</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>参数量：</translation>
    </message>
    <message>
        <source>Metrics:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 – %2 MFLOPs</source>
        <translation>%1 – %2 MFLOPs</translation>
    </message>
    <message>
        <source>%1 – %2 million</source>
        <translation>%1 – %2 百万</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::CellGraphView</name>
    <message>
        <source>3×3</source>
        <translation>3×3</translation>
    </message>
    <message>
        <source>1×1</source>
        <translation>1×1</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>differs from reference</source>
        <translation>与参考不同</translation>
    </message>
    <message>
        <source>3×3 conv</source>
        <translation>3×3 卷积</translation>
    </message>
    <message>
        <source>1×1 conv</source>
        <translation>1×1 卷积</translation>
    </message>
    <message>
        <source>3×3 max pool</source>
        <translation>3×3 最大池化</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>跳连</translation>
    </message>
    <message>
        <source>3×3 avg pool</source>
        <translation>3×3 平均池化</translation>
    </message>
    <message>
        <source>Invalid cell</source>
        <translation>无效单元</translation>
    </message>
    <message>
        <source>The decoder produced no valid cell.</source>
        <translation>解码器未生成有效单元。</translation>
    </message>
    <message>
        <source>NAS-Bench-101 cell, %1 vertices, %2 edges</source>
        <translation>NAS-Bench-101 单元，%1 个顶点，%2 条边</translation>
    </message>
    <message>
        <source>Ops: %1.</source>
        <translation>操作：%1。</translation>
    </message>
    <message>
        <source>Against the reference: %1 vertices changed, %2 edges added, %3 removed.</source>
        <translation>与参考相比：%1 个顶点已更改，新增 %2 条边，删除 %3 条边。</translation>
    </message>
    <message>
        <source>NAS-Bench-201 cell</source>
        <translation>NAS-Bench-201 单元</translation>
    </message>
    <message>
        <source>Against the reference: %1 edges changed.</source>
        <translation>与参考相比：%1 条边已更改。</translation>
    </message>
    <message>
        <source>out</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>in</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Vertex %1: %2</source>
        <translation>顶点 %1：%2</translation>
    </message>
    <message>
        <source>(reference: %1)</source>
        <translation>（参考：%1）</translation>
    </message>
    <message>
        <source>(not in the reference)</source>
        <translation>（不在参考中）</translation>
    </message>
    <message>
        <source>On no input → output path: pruned.</source>
        <translation>不在任何输入 → 输出路径上：已剪除。</translation>
    </message>
    <message>
        <source>Node 0 (input)</source>
        <translation>节点 0（输入）</translation>
    </message>
    <message>
        <source>Node 3 (output)</source>
        <translation>节点 3（输出）</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <source>Edge %1 → %2: %3</source>
        <translation>边 %1 → %2：%3</translation>
    </message>
    <message>
        <source>invalid cell</source>
        <translation>无效单元</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::CellsTableModel</name>
    <message>
        <source>initial</source>
        <translation>初始</translation>
    </message>
    <message>
        <source>region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>user region</source>
        <translation>用户区域</translation>
    </message>
    <message>
        <source>FLOPS edge</source>
        <translation>FLOPS 边界</translation>
    </message>
    <message>
        <source>whole space</source>
        <translation>整个空间</translation>
    </message>
    <message>
        <source>gradient step</source>
        <translation>梯度步</translation>
    </message>
    <message>
        <source>mutation</source>
        <translation>变异</translation>
    </message>
    <message>
        <source>neighbour</source>
        <translation>邻居</translation>
    </message>
    <message>
        <source>asked by you</source>
        <translation>由您请求</translation>
    </message>
    <message>
        <source>Reported accuracy (NB-101: the measured test accuracy; NB-201: test accuracy)</source>
        <translation>报告准确率（NB-101：实测测试准确率；NB-201：测试准确率）</translation>
    </message>
    <message>
        <source>The accuracy the search sees (NB-201: validation accuracy)</source>
        <translation>搜索所见的准确率（NB-201：验证准确率）</translation>
    </message>
    <message>
        <source>What the controller predicted before the query</source>
        <translation>控制器在查询前的预测值</translation>
    </message>
    <message>
        <source>Which part of the search proposed the cell</source>
        <translation>提出该单元的搜索环节</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Accuracy %</source>
        <translation>准确率 %</translation>
    </message>
    <message>
        <source>Search acc. %</source>
        <translation>搜索准确率 %</translation>
    </message>
    <message>
        <source>FLOPS (M)</source>
        <translation>FLOPS (M)</translation>
    </message>
    <message>
        <source>Params (M)</source>
        <translation>参数量 (M)</translation>
    </message>
    <message>
        <source>Predicted %</source>
        <translation>预测 %</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>迭代</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::ConvergencePlot</name>
    <message>
        <source>Queries</source>
        <translation>查询次数</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>Best accuracy so far</source>
        <translation>目前最佳准确率</translation>
    </message>
    <message>
        <source>Table optimum %1 %</source>
        <translation>数据表最优值 %1 %</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::FactorGrid</name>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>FLOPS</source>
        <translation>FLOPS</translation>
    </message>
    <message>
        <source>&amp;Against:</source>
        <translation>对比(&amp;A)：</translation>
    </message>
    <message>
        <source>MFLOPs</source>
        <translation>MFLOPs</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <source>No points</source>
        <translation>无数据点</translation>
    </message>
    <message numerus="yes">
        <source>%L1 cells, %n latent dimension(s). Click a plot to show it large.</source>
        <translation>
            <numerusform>%L1 个单元，%n 个潜在维度。点击某个图可将其放大显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Each plot shows all %L1 cells. A plot&apos;s small cells show the mean accuracy of their points and are more opaque where there are more of them. Click a plot to show it large.</source>
        <translation>每个图显示全部 %L1 个单元。图中的小格显示其中各点的平均准确率，点越多的小格越不透明。点击某个图可将其放大显示。</translation>
    </message>
    <message>
        <source>Each plot shows all %L1 cells, coloured by accuracy. Click a plot to show it large.</source>
        <translation>每个图显示全部 %L1 个单元，按准确率着色。点击某个图可将其放大显示。</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::FactorPlot</name>
    <message>
        <source>%L1 points. Each small cell shows the mean accuracy of its points and is more opaque where there are more of them.</source>
        <translation>%L1 个点。每个小格显示其中各点的平均准确率，点越多越不透明。</translation>
    </message>
    <message>
        <source>%L1 points</source>
        <translation>%L1 个点</translation>
    </message>
    <message>
        <source>%1 against %2, coloured by accuracy</source>
        <translation>%1 对 %2，按准确率着色</translation>
    </message>
    <message>
        <source>MFLOPs (log scale)</source>
        <translation>MFLOPs（对数刻度）</translation>
    </message>
    <message>
        <source>FLOPS against %1</source>
        <translation>FLOPS 对 %1</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <source>Accuracy against %1</source>
        <translation>准确率对 %1</translation>
    </message>
    <message>
        <source>Mean accuracy (%)</source>
        <translation>平均准确率 (%)</translation>
    </message>
    <message>
        <source>Cells from user regions</source>
        <translation>来自用户区域的单元</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::FactorsPane</name>
    <message>
        <source>Drag to draw a promising region; drag its inside to move it, its edges to resize it; right-click removes it. Wheel zooms.</source>
        <translation>拖动以绘制潜力区域；拖动其内部可移动区域，拖动其边缘可调整大小；右键单击可将其删除。滚动滚轮可缩放。</translation>
    </message>
    <message>
        <source>The latent dimension shown large (or click its plot in the grid).</source>
        <translation>放大显示的潜在维度（也可在网格中点击其图）。</translation>
    </message>
    <message>
        <source>against</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Show zᵢ against zⱼ coloured by accuracy; drag there to draw a box.</source>
        <translation>显示按准确率着色的 zᵢ 对 zⱼ 图；在其上拖动可绘制矩形框。</translation>
    </message>
    <message>
        <source>Large plot:</source>
        <translation>大图：</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::FactorsPanel</name>
    <message>
        <source>&amp;Analyse</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>Traverse every latent dimension of the current controller around encoded cells and name what it changes.</source>
        <translation>在已编码单元周围遍历当前控制器的每个潜在维度，并命名其改变的内容。</translation>
    </message>
    <message>
        <source>Not analysed yet.</source>
        <translation>尚未分析。</translation>
    </message>
    <message>
        <source>%1: disentanglement score %2 over %3 active dimensions; mutual-information gap %4.</source>
        <translation>%1：%3 个活跃维度的解耦得分为 %2；互信息差距为 %4。</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::FactorsTableModel</name>
    <message>
        <source>%1: %2 changed decodes</source>
        <translation>%1：%2 次解码发生变化</translation>
    </message>
    <message>
        <source>No traversal step changed the decoded cell.</source>
        <translation>没有任何遍历步骤改变解码出的单元。</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>不活跃</translation>
    </message>
    <message>
        <source>Share of the dimension&apos;s changed decodes whose only change is its label.</source>
        <translation>该维度发生变化的解码中，唯一变化为其标签的比例。</translation>
    </message>
    <message>
        <source>Share of traversal steps (±0.1 … ±0.4) that changed the decoded cell.</source>
        <translation>改变了解码单元的遍历步骤（±0.1 … ±0.4）所占比例。</translation>
    </message>
    <message>
        <source>Spearman correlation of the dimension&apos;s μ with accuracy.</source>
        <translation>该维度的 μ 与准确率的 Spearman 相关系数。</translation>
    </message>
    <message>
        <source>Spearman correlation of the dimension&apos;s μ with FLOPS.</source>
        <translation>该维度的 μ 与 FLOPS 的 Spearman 相关系数。</translation>
    </message>
    <message>
        <source>Dim</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>控制</translation>
    </message>
    <message>
        <source>Purity</source>
        <translation>纯度</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活跃度</translation>
    </message>
    <message>
        <source>ρ acc.</source>
        <translation>ρ 准确率</translation>
    </message>
    <message>
        <source>ρ FLOPS</source>
        <translation>ρ FLOPS</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>相关性</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::LatentExplorer</name>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>Move every slider back to the code of the cell you started from.</source>
        <translation>将所有滑块移回起始单元的编码。</translation>
    </message>
    <message>
        <source>&amp;Query this cell</source>
        <translation>查询此单元(&amp;Q)</translation>
    </message>
    <message>
        <source>Add the decoded cell to the running search&apos;s queries.</source>
        <translation>将解码得到的单元添加到正在运行的搜索的查询中。</translation>
    </message>
    <message>
        <source>Latent dimension %1</source>
        <translation>潜在维度 %1</translation>
    </message>
    <message>
        <source>z%1 from %2 to %3 (the encoded cells&apos; mean ± 3 standard deviations)</source>
        <translation>z%1 从 %2 到 %3（已编码单元的均值 ± 3 个标准差）</translation>
    </message>
    <message>
        <source>No controller yet: load a benchmark to explore its latent space.</source>
        <translation>尚无控制器：请加载基准以探索其潜在空间。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Invalid decode&lt;/b&gt;: this point of the latent space gives no valid cell.</source>
        <translation>&lt;b&gt;解码无效&lt;/b&gt;：潜在空间中的这一点无法得到有效单元。</translation>
    </message>
    <message>
        <source>Decodes to the starting cell.</source>
        <translation>解码结果为起始单元。</translation>
    </message>
    <message>
        <source>Decoded cell; changes against the starting cell are highlighted.</source>
        <translation>解码得到的单元；与起始单元相比的变化已高亮显示。</translation>
    </message>
    <message>
        <source>Predicted accuracy %1 %, FLOPS %2 M</source>
        <translation>预测准确率 %1 %，FLOPS %2 M</translation>
    </message>
    <message>
        <source> · measured %1 %</source>
        <translation> · 实测 %1 %</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::ProvenanceText</name>
    <message>
        <source>This table carries no provenance notes.</source>
        <translation>此数据表没有来源说明。</translation>
    </message>
    <message>
        <source>Metrics:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>出处：</translation>
    </message>
    <message>
        <source>Packed from:</source>
        <translation>打包自：</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::RegionsModel</name>
    <message>
        <source>Drawn by you: the search samples cells from it; edit its weight or delete it.</source>
        <translation>由您绘制：搜索会从中采样单元；可编辑其权重或将其删除。</translation>
    </message>
    <message>
        <source>Automatic (Eqn 4): the union of [z − σ, z + σ] over the top-k cells; recomputed by every iteration.</source>
        <translation>自动（Eqn 4）：top-k 单元的 [z − σ, z + σ] 的并集；每次迭代都会重新计算。</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::RegionsPanel</name>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Remove the selected user regions (Delete).</source>
        <translation>删除所选的用户区域（Delete）。</translation>
    </message>
    <message>
        <source>Clear &amp;user regions</source>
        <translation>清除用户区域(&amp;U)</translation>
    </message>
    <message>
        <source>Remove every region you drew; automatic ones stay.</source>
        <translation>删除您绘制的所有区域；自动区域保留。</translation>
    </message>
    <message>
        <source>No regions yet: drag on a factor plot to draw one.</source>
        <translation>尚无区域：在因子图上拖动即可绘制一个。</translation>
    </message>
    <message numerus="yes">
        <source>%n user region(s)</source>
        <translation>
            <numerusform>%n 个用户区域</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n automatic</source>
        <translation>
            <numerusform>%n 个自动区域</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnas::widgets::RunPanel</name>
    <message>
        <source>DNAS</source>
        <translation>DNAS</translation>
    </message>
    <message>
        <source>SemiNAS-style (β = 0, no dense sampling)</source>
        <translation>SemiNAS 风格（β = 0，无密集采样）</translation>
    </message>
    <message>
        <source>Regularized evolution</source>
        <translation>正则化进化</translation>
    </message>
    <message>
        <source>Random search</source>
        <translation>随机搜索</translation>
    </message>
    <message>
        <source>Local search</source>
        <translation>局部搜索</translation>
    </message>
    <message>
        <source>The search method; the baselines run in the same engine with the same query accounting.</source>
        <translation>搜索方法；各基线方法在同一引擎中运行，并采用相同的查询计数方式。</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>预算(&amp;B)：</translation>
    </message>
    <message>
        <source>Queries: distinct cells evaluated on the table.</source>
        <translation>查询次数：在数据表上评估的不同单元数。</translation>
    </message>
    <message>
        <source>The same seed, settings and table give the same queries.</source>
        <translation>相同的随机种子、设置和数据表会产生相同的查询。</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;FLOPS limit (M):</source>
        <translation>FLOPS 上限 (M)(&amp;F)：</translation>
    </message>
    <message>
        <source>The best cell must stay within this many million FLOPS; 0: no limit.</source>
        <translation>最佳单元的 FLOPS 不得超过此值（单位：百万）；0：不限制。</translation>
    </message>
    <message>
        <source>&amp;Initial cells:</source>
        <translation>初始单元(&amp;I)：</translation>
    </message>
    <message>
        <source>Random labelled cells before the first DNAS iteration.</source>
        <translation>第一次 DNAS 迭代之前随机选取的已标注单元。</translation>
    </message>
    <message>
        <source>I&amp;terations:</source>
        <translation>迭代次数(&amp;T)：</translation>
    </message>
    <message>
        <source>L: the rest of the budget is spread over this many iterations.</source>
        <translation>L：剩余预算分配到这么多次迭代中。</translation>
    </message>
    <message>
        <source>Weight of the accuracy loss (Eqn 5).</source>
        <translation>准确率损失的权重（Eqn 5）。</translation>
    </message>
    <message>
        <source>Weight of the FLOPS loss (Eqn 5).</source>
        <translation>FLOPS 损失的权重（Eqn 5）。</translation>
    </message>
    <message>
        <source>Weight of the reconstruction loss (Eqn 5).</source>
        <translation>重构损失的权重（Eqn 5）。</translation>
    </message>
    <message>
        <source>Weight of the KL term: larger disentangles more, 0 is the entangled control.</source>
        <translation>KL 项的权重：值越大解耦程度越高，0 为未解耦的对照。</translation>
    </message>
    <message>
        <source>Promising regions come from the top-k cells (Eqn 4).</source>
        <translation>潜力区域由 top-k 单元得出（Eqn 4）。</translation>
    </message>
    <message>
        <source>Half-width of each promising interval (Eqn 4).</source>
        <translation>每个潜力区间的半宽（Eqn 4）。</translation>
    </message>
    <message>
        <source>Share of the pool sampled in promising regions.</source>
        <translation>候选池中在潜力区域内采样的比例。</translation>
    </message>
    <message>
        <source>Share of the pool sampled at the FLOPS edge (with a limit only).</source>
        <translation>候选池中在 FLOPS 边界处采样的比例（仅在设有上限时）。</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>候选池(&amp;P)：</translation>
    </message>
    <message>
        <source>Unlabelled cells sampled and ranked per iteration.</source>
        <translation>每次迭代采样并排序的未标注单元数。</translation>
    </message>
    <message>
        <source>Seeds of the gradient step in z (Eqn 7).</source>
        <translation>z 中梯度步的起点（Eqn 7）。</translation>
    </message>
    <message>
        <source>Step along the accuracy gradient (Eqn 7).</source>
        <translation>沿准确率梯度方向的步长（Eqn 7）。</translation>
    </message>
    <message>
        <source>Step against the FLOPS gradient (Eqn 7).</source>
        <translation>逆 FLOPS 梯度方向的步长（Eqn 7）。</translation>
    </message>
    <message>
        <source>Dense sampling</source>
        <translation>密集采样</translation>
    </message>
    <message>
        <source>Sample in promising regions and at the FLOPS edge (the ablation switch).</source>
        <translation>在潜力区域内和 FLOPS 边界处采样（消融开关）。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Start a search with these settings (Ctrl+R).</source>
        <translation>使用这些设置开始搜索（Ctrl+R）。</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the search (Ctrl+.); it can be resumed from its last step.</source>
        <translation>停止搜索（Ctrl+.）；之后可从最后一步恢复。</translation>
    </message>
    <message>
        <source>%v / %m queries</source>
        <translation>%v / %m 次查询</translation>
    </message>
    <message>
        <source>The seed must be a non-negative integer.</source>
        <translation>随机种子必须是非负整数。</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Resume the search (Ctrl+P).</source>
        <translation>继续搜索（Ctrl+P）。</translation>
    </message>
    <message>
        <source>Pause the search (Ctrl+P).</source>
        <translation>暂停搜索（Ctrl+P）。</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>，约剩 %1 s</translation>
    </message>
    <message>
        <source>Iteration %1, %2%3</source>
        <translation>第 %1 次迭代，%2%3</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::RunsPanel</name>
    <message>
        <source>S&amp;how</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <source>Load the selected run&apos;s cells, curve, latent codes and controller (or double-click it).</source>
        <translation>加载所选运行的单元、曲线、潜在编码和控制器（或双击该运行）。</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>恢复(&amp;U)</translation>
    </message>
    <message>
        <source>Continue the selected unfinished run from its last stored step.</source>
        <translation>从最后保存的步骤继续所选的未完成运行。</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Read the database again.</source>
        <translation>重新读取数据库。</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 个运行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dnas::widgets::RunsTableModel</name>
    <message>
        <source>Tick to overlay this run on the convergence plot.</source>
        <translation>勾选以在收敛图上叠加显示此运行。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>查询次数</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::SearchText</name>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>sampling</source>
        <translation>采样</translation>
    </message>
    <message>
        <source>querying</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>dnas::widgets::TraversalStrip</name>
    <message>
        <source>Latent traversal</source>
        <translation>潜在空间遍历</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>DNAS Studio: interpretable neural architecture search.</source>
        <translation>DNAS Studio：可解释的神经架构搜索。</translation>
    </message>
    <message>
        <source>Run a short DNAS search on the benchmark at once (stored in a temporary database).</source>
        <translation>立即在该基准上运行一次简短的 DNAS 搜索（保存在临时数据库中）。</translation>
    </message>
    <message>
        <source>With --demo: when the search has ended and its best cell is selected, save the window to FILE and quit.</source>
        <translation>配合 --demo 使用：搜索结束且选中其最佳单元后，将窗口保存到 FILE 并退出。</translation>
    </message>
    <message>
        <source>With --demo: save the window to FILE when the search has spent half its budget.</source>
        <translation>配合 --demo 使用：当搜索用掉一半预算时，将窗口保存到 FILE。</translation>
    </message>
    <message>
        <source>Unknown benchmark &apos;%1&apos;; use one of: %2.</source>
        <translation>未知基准“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Benchmark to open: %1 (default: the last one, at first nb101).</source>
        <translation>要打开的基准：%1（默认：上次打开的基准，首次为 nb101）。</translation>
    </message>
</context>
</TS>
