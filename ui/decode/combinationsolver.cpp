// SPDX-License-Identifier: GPL-3.0-or-later
#include "combinationsolver.h"

#include <vector>

namespace Airpane {
namespace {

// Maximum flow by augmenting paths (Ford-Fulkerson); graphs here have a few dozen nodes.
class FlowNetwork
{
public:
    explicit FlowNetwork(int nodes)
        : m_capacity(std::size_t(nodes), std::vector<int>(std::size_t(nodes), 0))
    {}

    void addEdge(int from, int to, int capacity)
    {
        m_capacity[std::size_t(from)][std::size_t(to)] += capacity;
    }

    int maxFlow(int source, int sink)
    {
        int flow = 0;
        while (true) {
            std::vector<int> parent(m_capacity.size(), -1);
            parent[std::size_t(source)] = source;
            std::vector<int> queue{source};
            for (std::size_t head = 0; head < queue.size() && parent[std::size_t(sink)] < 0; ++head) {
                const int node = queue[head];
                for (std::size_t next = 0; next < m_capacity.size(); ++next) {
                    if (parent[next] < 0 && m_capacity[std::size_t(node)][next] > 0) {
                        parent[next] = node;
                        queue.push_back(int(next));
                    }
                }
            }
            if (parent[std::size_t(sink)] < 0) {
                return flow;
            }
            int bottleneck = std::numeric_limits<int>::max();
            for (int node = sink; node != source; node = parent[std::size_t(node)]) {
                bottleneck = std::min(bottleneck,
                                      m_capacity[std::size_t(parent[std::size_t(node)])][std::size_t(node)]);
            }
            for (int node = sink; node != source; node = parent[std::size_t(node)]) {
                const auto from = std::size_t(parent[std::size_t(node)]);
                m_capacity[from][std::size_t(node)] -= bottleneck;
                m_capacity[std::size_t(node)][from] += bottleneck;
            }
            flow += bottleneck;
        }
    }

private:
    std::vector<std::vector<int>> m_capacity;
};

} // namespace

QList<Client::Combination> CombinationSolver::combinations(const Client::Radio &radio)
{
    if (!radio.combinations.isEmpty()) {
        return radio.combinations;
    }
    Client::Combination single;
    QStringList types;
    for (const QString &type : radio.interfaceTypes) {
        if (!radio.softwareInterfaceTypes.contains(type)) {
            types.append(type);
        }
    }
    single.limits.append({1, types});
    single.maxInterfaces = 1;
    single.channels = 1;
    return {single};
}

InterfaceCounts CombinationSolver::counted(const Client::Radio &radio, const InterfaceCounts &counts)
{
    InterfaceCounts result;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > 0 && !radio.softwareInterfaceTypes.contains(it.key())) {
            result.insert(it.key(), it.value());
        }
    }
    return result;
}

bool CombinationSolver::fits(const Client::Combination &combination, const InterfaceCounts &counts)
{
    int total = 0;
    for (const int count : counts) {
        total += count;
    }
    if (total == 0) {
        return true;
    }
    if (total > combination.maxInterfaces) {
        return false;
    }
    const QStringList types = counts.keys();
    const auto limits = int(combination.limits.size());
    const int source = 0;
    const int sink = 1;
    FlowNetwork network(2 + int(types.size()) + limits);
    for (qsizetype t = 0; t < types.size(); ++t) {
        network.addEdge(source, 2 + int(t), counts.value(types[t]));
        for (int l = 0; l < limits; ++l) {
            if (combination.limits[l].types.contains(types[t])) {
                network.addEdge(2 + int(t), 2 + int(types.size()) + l, total);
            }
        }
    }
    for (int l = 0; l < limits; ++l) {
        network.addEdge(2 + int(types.size()) + l, sink, combination.limits[l].max);
    }
    return network.maxFlow(source, sink) == total;
}

int CombinationSolver::maxOf(const Client::Combination &combination, const QString &type)
{
    int sum = 0;
    for (const Client::Combination::Limit &limit : combination.limits) {
        if (limit.types.contains(type)) {
            sum += limit.max;
        }
    }
    return std::min(sum, combination.maxInterfaces);
}

CombinationSolver::Answer CombinationSolver::answer(const Client::Radio &radio, InterfaceCounts counts)
{
    const int groups = counts.take(QStringLiteral("p2p-group"));
    const QList<Client::Combination> all = combinations(radio);
    Answer best;
    // Try every split of the P2P groups between group owners and clients.
    for (int owners = groups; owners >= 0; --owners) {
        InterfaceCounts candidate = counts;
        if (owners > 0) {
            candidate[QStringLiteral("p2p-go")] += owners;
        }
        if (groups - owners > 0) {
            candidate[QStringLiteral("p2p-client")] += groups - owners;
        }
        const InterfaceCounts needed = counted(radio, candidate);
        bool supported = true;
        for (auto it = needed.cbegin(); it != needed.cend(); ++it) {
            supported &= radio.interfaceTypes.contains(it.key());
        }
        for (qsizetype i = 0; supported && i < all.size(); ++i) {
            if (fits(all[i], needed) && (!best.possible || all[i].channels > best.channels)) {
                best = {true, int(i), all[i].channels, candidate};
            }
        }
    }
    if (!best.possible) {
        best.counts = counts;
    }
    return best;
}

} // namespace Airpane
