using Platform.Hosting.Configuration;
using RabbitMQ.Client;

namespace Platform.Hosting.Messaging;

/// <summary>Plain RabbitMQ.Client connections to the broker of the transport settings, for the work MassTransit does not do.</summary>
public static class BrokerConnections
{
    /// <param name="transport">Host, port, vhost and credentials.</param>
    /// <param name="clientName">Shown in the broker's connection list, e.g. "platform-redrive".</param>
    public static ConnectionFactory Factory(TransportOptions transport, string clientName)
    {
        ArgumentNullException.ThrowIfNull(transport);
        return new ConnectionFactory
        {
            HostName = transport.Host,
            Port = transport.Port,
            VirtualHost = transport.VirtualHost,
            UserName = transport.Username,
            Password = transport.Password,
            ClientProvidedName = clientName,
            AutomaticRecoveryEnabled = false,
        };
    }
}
