#pragma once

#include "bench/benchmark.h"
#include "controller/controller.h"

#include <memory>

namespace dnas::widgets {

/** Medians, in milliseconds, of the app's drawing costs (see measureUiTiming). */
struct UiTiming
{
    int points = 0;
    double firstDrawMs = 0; ///< large factor plot: setData + first replot
    double replotMs = 0; ///< large factor plot, unchanged view
    double panReplotMs = 0; ///< large factor plot after a 2 % pan (re-binned)
    double gridReplotMs = 0; ///< factor grid of every dimension
    double sliderRedrawMs = 0; ///< slider move → decode → cell graph painted
    int sliderMovesChangingCell = 0;
};

/**
 * Times the real widgets (they must be creatable: a QApplication exists,
 * e.g. on the offscreen platform) with every row of `bench` as a point: z of
 * 16 dimensions drawn from N(0, 1) (seeded; drawing cost does not depend on
 * the values), accuracy and FLOPS from the table. The slider moves decode on
 * `controller`. Each measure is the median of `repeats` runs.
 */
UiTiming measureUiTiming(const Benchmark &bench, std::shared_ptr<const Controller> controller,
                         int repeats);

} // namespace dnas::widgets
